package dev.connect.sandbox.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The genuine {@code @stackone/hub} web component, put on the classpath at {@value #RESOURCE} by the Maven build
 * (fetched from npm by package name, integrity-checked, never committed).
 */
public final class HubComponent {

    /** Classpath location of the bundled web component. */
    public static final String RESOURCE = "stackone-hub/webcomponent.js";
    /** Where the sandbox serves it. */
    public static final String PATH = "/assets/stackone-hub/webcomponent.js";

    private static volatile byte[] cached;

    private HubComponent() {
    }

    public static Optional<byte[]> bytes() {
        byte[] local = cached;
        if (local != null) {
            return Optional.of(local);
        }
        try (InputStream in = HubComponent.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            cached = in.readAllBytes();
            return Optional.of(cached);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
