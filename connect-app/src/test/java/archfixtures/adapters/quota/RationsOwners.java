package archfixtures.adapters.quota;

import io.github.bucket4j.Bucket;

/** Right on purpose: the quota adapter rations each owner's share of the provider with Bucket4j. */
public class RationsOwners {

    public Bucket bucket;
}
