package archfixtures.misc;

/** Wrong on purpose: a class in no layer. */
public class Stray {
}
