package eu.emso.dmp.conformance.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Finds a TCP port on the loopback interface that nothing listens on at the time of the call.
 * Another process may take it before it is used; the window is short enough for tests.
 * Stateless and thread-safe.
 */
public final class FreePort {
    private FreePort() {
    }

    /** A port number that was free a moment ago. */
    public static int find() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free TCP port", e);
        }
    }

    /** A free port other than {@code taken}, for a process that needs two. */
    public static int findOtherThan(int taken) {
        int port = find();
        while (port == taken) {
            port = find();
        }
        return port;
    }
}
