package archfixtures.provider.http;

import feign.Retryer;
import io.micrometer.core.instrument.MeterRegistry;

/** A fixture of the shared provider support: Feign and Micrometer's facade are allowed here. */
public class SharedRetries {

    public Retryer retryer;
    public MeterRegistry meters;
}
