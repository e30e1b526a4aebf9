package dev.connect.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import feign.Response;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The HTTP client under every provider adapter, against a server that closes kept-alive connections. */
class ApacheFeignClientTest {

    private static final Request.Options OPTIONS = new Request.Options(Duration.ofSeconds(2), Duration.ofSeconds(2),
            false);

    @Test
    void aConnectionTheServerClosedWhileIdleIsReplacedBeforeAPostIsSentOnIt() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            // each connection gets one answer that promises to keep it open, then is closed by the server
            Thread serving = new Thread(() -> {
                for (int connection = 0; connection < 2; connection++) {
                    try (Socket socket = server.accept()) {
                        received.add(readRequest(socket) + " on connection " + connection);
                        OutputStream out = socket.getOutputStream();
                        out.write(("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                                + "\r\n{}").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        Thread.sleep(100);
                    } catch (Exception stopped) {
                        return;
                    }
                }
            });
            serving.start();
            ApacheFeignClient client = new ApacheFeignClient(Duration.ofSeconds(2));
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/connect_sessions";

            assertThat(post(client, url).status()).isEqualTo(201);
            Thread.sleep(1_500); // idle past the client's check, closed by the server meanwhile
            assertThat(post(client, url).status()).isEqualTo(201);

            serving.join(TimeUnit.SECONDS.toMillis(5));
            assertThat(received).containsExactly("POST /connect_sessions on connection 0",
                    "POST /connect_sessions on connection 1");
        }
    }

    @Test
    void callsInARowShareOneKeptAliveConnection() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread serving = new Thread(() -> {
                for (int connection = 0; ; connection++) {
                    try (Socket socket = server.accept()) {
                        for (int answered = 0; answered < 3; answered++) {
                            received.add(readRequest(socket) + " on connection " + connection);
                            socket.getOutputStream().write(("HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n{}")
                                    .getBytes(StandardCharsets.US_ASCII));
                            socket.getOutputStream().flush();
                        }
                    } catch (Exception stopped) {
                        return;
                    }
                }
            });
            serving.setDaemon(true);
            serving.start();
            ApacheFeignClient client = new ApacheFeignClient(Duration.ofSeconds(2));
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/connect_sessions";

            for (int call = 0; call < 3; call++) {
                assertThat(post(client, url).status()).isEqualTo(201);
            }

            assertThat(received).containsOnly("POST /connect_sessions on connection 0").hasSize(3);
        }
    }

    private static Response post(ApacheFeignClient client, String url) throws Exception {
        Request request = Request.create(Request.HttpMethod.POST, url,
                Map.of("Content-Type", List.of("application/json"), "Content-Length", List.of("2")),
                "{}".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
        try (Response response = client.execute(request, OPTIONS)) {
            return response;
        }
    }

    /** The request line, once the head and a body of Content-Length bytes are read. */
    private static String readRequest(Socket socket) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.US_ASCII));
        String requestLine = in.readLine();
        int length = 0;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        for (int i = 0; i < length; i++) {
            in.read();
        }
        return requestLine.substring(0, requestLine.lastIndexOf(' '));
    }
}
