package dev.connect.sandbox.catalogue;

import java.util.List;

/**
 * A provider the sandbox can link, with its form. {@code authType} is the Hub's connector config {@code type}:
 * {@code custom} shows the credentials form, {@code oauth2} opens the consent popup.
 */
public record Connector(
        String provider,
        String name,
        String category,
        String authType,
        String color,
        List<ConnectorField> fields,
        String notice) {

    public static final String CUSTOM = "custom";
    public static final String OAUTH2 = "oauth2";

    public Connector {
        fields = List.copyOf(fields);
    }

    /** The Hub's {@code integration_id} for this connector's (only) auth config. */
    public String integrationId() {
        return "int_" + provider;
    }

    public boolean isOauth() {
        return OAUTH2.equals(authType);
    }
}
