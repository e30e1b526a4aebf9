package archfixtures.domain.port.out.event;

/** A fixture decoder port. */
public interface AccountEventDecoderPort {

    boolean verify(byte[] signature, byte[] expected);
}
