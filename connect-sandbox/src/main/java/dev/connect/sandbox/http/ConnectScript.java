package dev.connect.sandbox.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * StackOne's script library, as the sandbox's own: {@code connect.js} (defining {@code Connect.start}) and the page it
 * frames, which runs the genuine {@code <stackone-hub>} and posts the Hub's outcome to the page that opened it. Both
 * are this module's resources, written from the contract {@code @stackone/react-hub} declares.
 */
public final class ConnectScript {

    /** Where StackOne serves it too (on app.stackone.com). */
    public static final String PATH = "/stackone/connect.js";
    static final String EMBED_PATH = "/connect/embed";

    private static final byte[] SCRIPT = resource("stackone-connect/connect.js");
    private static final byte[] EMBED_PAGE = resource("stackone-connect/embed.html");

    private ConnectScript() {
    }

    /** Loaded by pages of any origin; revalidated each time, so that no page runs a copy of an earlier build. */
    static void script(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("text/javascript; charset=utf-8").result(SCRIPT);
    }

    /** No token reaches the server: connect.js passes it in the fragment. */
    static void embeddedHub(Context ctx) {
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.html(new String(EMBED_PAGE, StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ConnectScript.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the sandbox's resources");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
