package archfixtures.domain.port.out;

/** Wrong on purpose: an out-port not named …Port. */
public interface AccountGateway {

    void fetch();
}
