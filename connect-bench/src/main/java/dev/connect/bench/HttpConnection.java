package dev.connect.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection to a loopback server, for the load generator. Deliberately minimal: the
 * generator shares two cores with the server, and each request here costs one write and a buffered read, with no
 * connection pool, executor or header maps in between (the JDK's {@code HttpClient} costs several times that per
 * request). Requests are complete byte arrays written at once, so Nagle never splits them.
 */
final class HttpConnection implements AutoCloseable {

    /** A status and a body. */
    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private boolean used;

    HttpConnection(int port) {
        this.port = port;
    }

    /**
     * Sends one request and reads its answer. A kept-alive connection the server closed meanwhile (it closes idle
     * ones after 10 s) is reopened once, but only when not a byte of an answer arrived.
     */
    Response exchange(byte[] request) throws IOException {
        if (socket != null && used) {
            try {
                return attempt(request);
            } catch (StaleConnection stale) {
                close();
            }
        }
        try {
            return attempt(request);
        } catch (StaleConnection stale) {
            close();
            throw new IOException("the server closed the connection without answering");
        }
    }

    private Response attempt(byte[] request) throws IOException {
        open();
        try {
            out.write(request);
            out.flush();
        } catch (IOException broken) {
            throw new StaleConnection();
        }
        used = true;
        String statusLine = readLine(true);
        if (statusLine == null) {
            throw new StaleConnection();
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String line = readLine(false); !line.isEmpty(); line = readLine(false)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] body = chunked ? readChunked() : length >= 0 ? readExactly((int) length) : in.readAllBytes();
        if (closeAfter || (!chunked && length < 0)) {
            close();
        }
        return new Response(status, body);
    }

    private void open() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
            used = false;
        }
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine(false);
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                for (String trailer = readLine(false); !trailer.isEmpty(); trailer = readLine(false)) {
                    // trailers are not used
                }
                return body.toByteArray();
            }
            body.write(readExactly(length));
            readLine(false);
        }
    }

    private byte[] readExactly(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the answer ended early");
        }
        return bytes;
    }

    /** A line without its CRLF; {@code null} at the end of the stream if {@code endAllowed}. */
    private String readLine(boolean endAllowed) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (IOException reset) {
                if (endAllowed && line.length() == 0) {
                    return null;
                }
                throw reset;
            }
            if (b < 0) {
                if (endAllowed && line.length() == 0) {
                    return null;
                }
                throw new EOFException("the answer ended early");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }

    /** The connection was closed by the server before anything of the answer arrived. */
    private static final class StaleConnection extends IOException {
        StaleConnection() {
            super(null, null);
        }
    }
}
