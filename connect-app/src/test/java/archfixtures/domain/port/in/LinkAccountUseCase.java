package archfixtures.domain.port.in;

/** Right: an in-port named …UseCase with its command nested inside (the nested record is not itself an in-port). */
public interface LinkAccountUseCase {

    void link(Command command);

    record Command(String accountId) {
    }
}
