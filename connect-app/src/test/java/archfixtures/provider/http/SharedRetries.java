package archfixtures.provider.http;

import feign.Retryer;

/** A fixture of the shared provider support: Feign is allowed here. */
public class SharedRetries {

    public Retryer retryer;
}
