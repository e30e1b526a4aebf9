package archfixtures.domain.model;

import io.micrometer.core.instrument.Counter;

/** Wrong on purpose: a domain class that counts itself with Micrometer. */
public class MeteredModel {

    public Counter applied;
}
