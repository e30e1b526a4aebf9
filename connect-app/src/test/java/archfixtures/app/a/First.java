package archfixtures.app.a;

import archfixtures.app.b.Second;

/** Wrong on purpose: half of a package cycle. */
public class First {

    public Second second;
}
