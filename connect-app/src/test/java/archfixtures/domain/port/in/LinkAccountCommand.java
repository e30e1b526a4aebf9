package archfixtures.domain.port.in;

/** Wrong on purpose: an in-port not named …UseCase. */
public interface LinkAccountCommand {

    void link();
}
