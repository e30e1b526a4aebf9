package archfixtures.adapters.nango;

import archfixtures.adapters.stackone.StackOneThing;

/** Wrong on purpose: one provider adapter using another's class instead of the shared provider support. */
public class NangoBorrowsFromStackOne {

    public StackOneThing stackOne;
}
