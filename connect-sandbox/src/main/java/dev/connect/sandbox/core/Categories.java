package dev.connect.sandbox.core;

import java.util.Set;

/** The category values StackOne accepts on a connect session. */
public final class Categories {

    public static final Set<String> KNOWN = Set.of("ats", "hris", "hris-legacy", "crm", "iam", "marketing", "lms",
            "stackone", "documents", "ticketing", "screening", "messaging", "accounting", "scheduling");

    private Categories() {
    }
}
