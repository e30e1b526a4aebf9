package archfixtures.provider.http;

import archfixtures.adapters.stackone.StackOneThing;

/** Wrong on purpose: the shared provider support reaching into one provider's adapter. */
public class KnowsStackOne {

    public StackOneThing stackOne;
}
