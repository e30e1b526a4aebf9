package archfixtures.app.b;

import archfixtures.app.a.First;

/** Wrong on purpose: the other half of a package cycle. */
public class Second {

    public First first;
}
