package dev.connect.sandbox.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The browser's proxy for everything but loopback: it records each request that would have left the machine and
 * refuses it (403), so that a test can fail on any page that loads a font, an image or an API from the internet, and
 * say which. Chromium sends loopback requests directly, never to a proxy.
 */
final class OffLoopbackTrap implements AutoCloseable {

    /**
     * Chromium's own services, which it calls whatever page is open, flags or not: component updates, sign-in,
     * network time, the autofill server (when a page shows a form), Debian's default search engine (connected to
     * ahead of a search), and Google's download redirector (spell-check dictionaries, which {@link HeadlessChromium}
     * turns off, but which one CI run saw fetched when a page showed a text field). Told apart by exact host, so
     * that no page's request hides among them.
     */
    static final Set<String> BROWSER_SERVICES = Set.of("update.googleapis.com", "accounts.google.com",
            "clients2.google.com", "content-autofill.googleapis.com", "start.duckduckgo.com",
            "redirector.gvt1.com");

    private final ServerSocket socket;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    OffLoopbackTrap() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("could not open the proxy trap", e);
        }
        acceptor = new Thread(this::accept, "off-loopback-trap");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The proxy address for Chromium's {@code --proxy-server}. */
    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    /** The request lines that tried to leave the machine, e.g. {@code CONNECT fonts.gstatic.com:443 HTTP/1.1}. */
    List<String> pageRequests() {
        return requests.stream().filter(line -> !BROWSER_SERVICES.contains(host(line))).toList();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(5000);
                String line = requestLine(client.getInputStream());
                if (!line.isEmpty()) {
                    requests.add(line);
                }
                OutputStream out = client.getOutputStream();
                out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedOrBroken) {
                // the trap is closing, or one client went away: either way, on to the next
            }
        }
    }

    private static String requestLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n' && line.length() < 2048; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** The host of {@code CONNECT host:443 HTTP/1.1} or {@code GET http://host/path HTTP/1.1}. */
    static String host(String requestLine) {
        String[] parts = requestLine.split(" ");
        if (parts.length < 2) {
            return "";
        }
        String target = parts[1].replaceFirst("^[a-zA-Z]+://", "");
        int end = target.length();
        for (char stop : new char[] {'/', ':', '?'}) {
            int at = target.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return target.substring(0, end).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
