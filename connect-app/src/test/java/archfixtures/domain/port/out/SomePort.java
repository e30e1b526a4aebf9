package archfixtures.domain.port.out;

/** A fixture outbound port. */
public interface SomePort {

    void call();
}
