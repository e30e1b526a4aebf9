package archfixtures.adapters.stackone;

/** A fixture StackOne adapter class. */
public class StackOneThing {
}
