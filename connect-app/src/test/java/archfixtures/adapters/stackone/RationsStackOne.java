package archfixtures.adapters.stackone;

import io.github.bucket4j.Bucket;

/** Right on purpose: the StackOne adapter's pacer rations StackOne's published rate limit with Bucket4j. */
public class RationsStackOne {

    public Bucket bucket;
}
