package dev.connect.adapters.web.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One TCP connection that speaks HTTP/1.1 by hand: java.net.http cannot send a malformed request, an unsupported
 * version or a request head that never ends, and those are what protocol-level tests need to send.
 */
final class RawHttpConnection implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private RawHttpConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static RawHttpConnection open(int port) {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            return new RawHttpConnection(socket);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the text byte for byte (ISO-8859-1), control characters included. */
    RawHttpConnection send(String raw) {
        try {
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return this;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one whole response: status line, header fields, and a body framed by Content-Length or chunks. */
    Response readResponse() {
        try {
            String statusLine = readLine();
            if (statusLine == null) {
                throw new IllegalStateException("the server closed the connection without an answer");
            }
            String[] parts = statusLine.split(" ", 3);
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            StringBuilder rawHeaders = new StringBuilder(statusLine).append('\n');
            for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
                rawHeaders.append(line).append('\n');
                int colon = line.indexOf(':');
                headers.merge(line.substring(0, colon).trim(), line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
            byte[] body;
            if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
                body = readChunks();
            } else if (headers.containsKey("Content-Length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("Content-Length")));
            } else {
                body = in.readAllBytes();
            }
            return new Response(status, headers, rawHeaders.toString(), new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits at most {@code atMost} for the server to end the connection, and tells whether it did and what it sent
     * before closing (an answer to a request that never completed, if any).
     */
    Ending awaitEnd(Duration atMost) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            socket.setSoTimeout((int) atMost.toMillis());
            byte[] buffer = new byte[4096];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
            return new Ending(true, received.toString(StandardCharsets.ISO_8859_1));
        } catch (SocketTimeoutException stillOpen) {
            return new Ending(false, received.toString(StandardCharsets.ISO_8859_1));
        } catch (IOException reset) {
            // a reset is an end too: the client was still writing when the server hung up
            return new Ending(true, received.toString(StandardCharsets.ISO_8859_1));
        }
    }

    /** Whether the server has closed the connection, checked without waiting long. */
    boolean isClosedByServer() {
        try {
            socket.setSoTimeout(200);
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a test socket cannot fail in a way the test cares about
        }
    }

    private byte[] readChunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(readLine().trim(), 16); size > 0;
             size = Integer.parseInt(readLine().trim(), 16)) {
            body.write(in.readNBytes(size));
            readLine();
        }
        for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
            // trailers carry nothing these tests look at
        }
        return body.toByteArray();
    }

    /** One line without its CRLF, or null at the end of the stream. */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    /** How a connection ended: {@code closed} false if the server still held it open when the wait ran out. */
    record Ending(boolean closed, String sentBeforeClosing) {
    }

    /** An answer as it came off the wire; {@code head} is the status line and header fields as sent. */
    record Response(int status, Map<String, String> headers, String head, String body) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }
    }
}
