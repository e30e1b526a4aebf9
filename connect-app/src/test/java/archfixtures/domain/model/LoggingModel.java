package archfixtures.domain.model;

/** Wrong on purpose: a domain class that logs through the JDK's System.Logger. */
public class LoggingModel {

    private static final System.Logger LOG = System.getLogger(LoggingModel.class.getName());

    public void work() {
        LOG.log(System.Logger.Level.INFO, "working");
    }
}
