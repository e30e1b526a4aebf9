package dev.connect.domain.model.session;

import dev.connect.domain.model.error.InvalidRequestException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The fourteen StackOne categories a connect session can be restricted to. */
public enum Category {
    ATS("ats"),
    HRIS("hris"),
    HRIS_LEGACY("hris-legacy"),
    CRM("crm"),
    IAM("iam"),
    MARKETING("marketing"),
    LMS("lms"),
    STACKONE("stackone"),
    DOCUMENTS("documents"),
    TICKETING("ticketing"),
    SCREENING("screening"),
    MESSAGING("messaging"),
    ACCOUNTING("accounting"),
    SCHEDULING("scheduling");

    private static final String KNOWN = Arrays.stream(values()).map(Category::key).collect(Collectors.joining(", "));

    private final String key;

    Category(String key) {
        this.key = key;
    }

    /** The wire key, e.g. {@code hris-legacy}. */
    public String key() {
        return key;
    }

    public static Category fromKey(String key) {
        for (Category category : values()) {
            if (category.key.equals(key)) {
                return category;
            }
        }
        throw new InvalidRequestException("categories", "unknown category '" + abbreviate(key) + "'; known: " + KNOWN);
    }

    private static String abbreviate(String key) {
        if (key == null) {
            return "null";
        }
        return key.length() <= 40 ? key : key.substring(0, 40) + "…";
    }
}
