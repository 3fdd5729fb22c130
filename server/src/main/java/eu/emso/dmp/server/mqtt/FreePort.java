package eu.emso.dmp.server.mqtt;

import java.io.IOException;
import java.net.ServerSocket;

/** Finds a TCP port that is free now (for listeners whose library cannot report a port 0 binding). */
final class FreePort {
    private FreePort() {
    }

    static int find() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
