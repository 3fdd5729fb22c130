package eu.emso.dmp.server.ingest;

import eu.emso.dmp.egim.ingest.IngestRequest;
import eu.emso.dmp.egim.ingest.UnitAck;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP listener for live instrument streams: one format and platform per port. An instrument
 * (or a serial-to-TCP bridge) sends its output lines; for every unit (a line, or a multi-line
 * sample) the listener answers one line, sent only once the unit is durable:
 * <pre>
 * OK &lt;line&gt; stored=&lt;n&gt; duplicates=&lt;n&gt;   the values are stored (or were already)
 * SKIP &lt;line&gt;                               not data (a prompt, a status message)
 * QUARANTINED &lt;line&gt; entries=&lt;n&gt;           kept in the quarantine (damaged, or conflicting)
 * </pre>
 * A sender that resends every unit it has no answer for (after a broken connection) loses
 * nothing and stores nothing twice. Line numbers count from 1 per connection. Each connection
 * gets its own thread. {@link #close()} stops listening and closes the connections.
 */
public final class LineListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LineListener.class);
    private final ServerSocket socket;
    private final IngestService service;
    private final String format;
    private final String platform;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ingest-tcp");
        t.setDaemon(true);
        return t;
    });

    private LineListener(ServerSocket socket, IngestService service, String format, String platform) {
        this.socket = socket;
        this.service = service;
        this.format = format;
        this.platform = platform;
    }

    /** Listens on {@code port} (0: a free port). */
    public static LineListener start(int port, IngestService service, String format, String platform)
            throws IOException {
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress(port));
        LineListener l = new LineListener(s, service, format, platform.isBlank() ? null : platform);
        l.threads.submit(l::accept);
        LOG.info("live {} lines for platform {} on TCP port {}", format, platform, s.getLocalPort());
        return l;
    }

    /** The port listened on. */
    public int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket c = socket.accept();
                threads.submit(() -> serve(c));
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("TCP ingest: {}", e.toString());
                }
            }
        }
    }

    private void serve(Socket c) {
        String source = "tcp:" + socket.getLocalPort() + ":" + c.getRemoteSocketAddress();
        try (c; InputStream in = c.getInputStream(); OutputStream out = c.getOutputStream()) {
            IngestRequest request = new IngestRequest(format, platform, source, 0, Map.of());
            service.ingestLive(in, request, ack -> answer(out, ack));
        } catch (IOException | RuntimeException e) {
            LOG.warn("TCP ingest {}: {}", source, e.toString());
        }
    }

    private static void answer(OutputStream out, UnitAck a) {
        String line = a.quarantined() > 0 ? "QUARANTINED " + a.lineNumber() + " entries=" + a.quarantined()
                : a.skipped() ? "SKIP " + a.lineNumber()
                : "OK " + a.lineNumber() + " stored=" + a.observations() + " duplicates=" + a.duplicates();
        try {
            out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.warn("closing TCP listener: {}", e.toString());
        }
        threads.shutdownNow();
    }
}
