package dev.connect.adapters.jdbc;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;

/**
 * The PostgreSQL driver's sockets ({@code socketFactory=} this class), counting round trips: a round trip starts each
 * time the client sends after it has read, however its messages are buffered and flushed. Counts the latest socket
 * made, which is the connection a test opened last.
 */
public final class RoundTripCountingSocketFactory extends SocketFactory {

    private static volatile Counting latest;

    /** Round trips on the latest socket so far. */
    static int roundTrips() {
        return latest.trips.get();
    }

    @Override
    public Socket createSocket() {
        Counting socket = new Counting();
        latest = socket;
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException("the driver connects an unconnected socket");
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw new UnsupportedOperationException("the driver connects an unconnected socket");
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException("the driver connects an unconnected socket");
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw new UnsupportedOperationException("the driver connects an unconnected socket");
    }

    private static final class Counting extends Socket {

        private final AtomicInteger trips = new AtomicInteger();
        private final AtomicBoolean readSinceSent = new AtomicBoolean(true);

        @Override
        public OutputStream getOutputStream() throws IOException {
            return new FilterOutputStream(super.getOutputStream()) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    sending();
                    out.write(bytes, offset, length);
                }

                @Override
                public void write(int b) throws IOException {
                    sending();
                    out.write(b);
                }
            };
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return new FilterInputStream(super.getInputStream()) {
                @Override
                public int read(byte[] bytes, int offset, int length) throws IOException {
                    int read = in.read(bytes, offset, length);
                    readSinceSent.set(true);
                    return read;
                }

                @Override
                public int read() throws IOException {
                    int read = in.read();
                    readSinceSent.set(true);
                    return read;
                }
            };
        }

        private void sending() {
            if (readSinceSent.getAndSet(false)) {
                trips.incrementAndGet();
            }
        }
    }
}
