package eu.emso.dmp.server.federation.erddap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An ERDDAP stand-in on a free port: {@code /erddap/info/{id}/index.csv|json} and
 * {@code /erddap/tabledap/{id}.csv|json?vars&constraints} answered from the stored tables of
 * {@code federation/erddap/} (see the README there), filtered by the constraints as ERDDAP
 * filters ({@link ReplayTable}), with ERDDAP's error bodies. Faults can be switched on for the
 * tabledap requests. Close it to stop it.
 */
final class ErddapReplay implements AutoCloseable {
    /** What goes wrong with the tabledap answers. */
    enum Fault {
        NONE, ERROR_500, TRUNCATED, STOP_MID_BODY, REPEATED_ROWS, SLOW
    }

    static {
        // answers are written in two pieces (headers, body): without this, Nagle's algorithm and
        // delayed acknowledgements hold each answer for 40 ms
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, ReplayTable> datasets;
    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private volatile Fault fault = Fault.NONE;
    private volatile int faultAfter;
    private volatile Duration slow = Duration.ofSeconds(2);

    private ErddapReplay(Map<String, ReplayTable> datasets) throws IOException {
        this.datasets = datasets;
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/erddap/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** A started server holding the stored datasets {@code ids}. */
    static ErddapReplay start(String... ids) {
        try {
            Map<String, ReplayTable> d = new java.util.HashMap<>();
            for (String id : ids) {
                d.put(id, ReplayTable.load(resource(id + ".csv"), resource(id + ".info.csv")));
            }
            return new ErddapReplay(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a stored fixture file. */
    static String resource(String name) throws IOException {
        try (InputStream in = ErddapReplay.class.getResourceAsStream("/federation/erddap/" + name)) {
            if (in == null) {
                throw new IOException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The ERDDAP root, {@code http://localhost:PORT/erddap}. */
    URI root() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/erddap");
    }

    /** Every tabledap and info request received, in order. */
    List<URI> requests() {
        return List.copyOf(requests);
    }

    /** Switches {@code f} on for the tabledap requests after the next {@code after} of them. */
    void fault(Fault f, int after) {
        faultAfter = (int) requests.stream().filter(u -> u.getPath().contains("/tabledap/")).count() + after;
        fault = f;
    }

    /** How long a {@link Fault#SLOW} answer waits in the middle of its body. */
    void slowFor(Duration d) {
        slow = d;
    }

    private void handle(HttpExchange x) throws IOException {
        requests.add(x.getRequestURI());
        try (x) {
            String path = x.getRequestURI().getPath().substring("/erddap/".length());
            String ext = path.endsWith(".json") ? "json" : "csv";
            if (path.startsWith("info/") && path.matches("info/[^/]+/index\\.(csv|json)")) {
                ReplayTable t = datasets.get(path.split("/")[1]);
                if (t == null) {
                    error(x, 404, "Not Found: Currently unknown datasetID=" + path.split("/")[1]);
                } else {
                    send(x, 200, ext, t.info(ext.equals("json")), Fault.NONE);
                }
                return;
            }
            if (!path.startsWith("tabledap/") || !path.matches("tabledap/[^/]+\\.(csv|json)")) {
                error(x, 404, "Not Found: " + path);
                return;
            }
            String id = path.substring("tabledap/".length(), path.lastIndexOf('.'));
            ReplayTable t = datasets.get(id);
            if (t == null) {
                error(x, 404, "Not Found: Currently unknown datasetID=" + id);
                return;
            }
            long n = requests.stream().filter(u -> u.getPath().contains("/tabledap/")).count();
            Fault f = n > faultAfter ? fault : Fault.NONE;
            if (f == Fault.ERROR_500) {
                error(x, 500, "Internal Server Error: java.lang.OutOfMemoryError: Java heap space");
                return;
            }
            List<String> parts = new ArrayList<>();
            String raw = x.getRequestURI().getRawQuery();
            for (String p : (raw == null ? "" : raw).split("&", -1)) {
                parts.add(URLDecoder.decode(p, StandardCharsets.UTF_8));
            }
            ReplayTable.Result r;
            try {
                r = t.query(parts);
            } catch (IllegalArgumentException e) {
                error(x, 400, "Bad Request: Query error: " + e.getMessage());
                return;
            }
            if (r.rows().isEmpty()) {
                error(x, 404, "Not Found: " + ErddapSource.NO_MATCH + ". (nRows = 0)");
                return;
            }
            if (f == Fault.REPEATED_ROWS) {
                List<List<String>> twice = new ArrayList<>();
                r.rows().forEach(row -> {
                    twice.add(row);
                    twice.add(row);
                });
                r = new ReplayTable.Result(r.columns(), r.types(), r.units(), twice);
            }
            send(x, 200, ext, ext.equals("json") ? r.json() : r.csv(), f);
        }
    }

    private void error(HttpExchange x, int status, String message) throws IOException {
        String body = "Error {\n    code=" + status + ";\n    message=\"" + message.replace("\"", "\\\"") + "\";\n}\n";
        x.getResponseHeaders().set("Content-Type", "text/plain;charset=UTF-8");
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
    }

    private void send(HttpExchange x, int status, String ext, String body, Fault f) throws IOException {
        x.getResponseHeaders().set("Content-Type", ext.equals("json") ? "application/json;charset=UTF-8"
                : "text/csv;charset=UTF-8");
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        OutputStream out = x.getResponseBody();
        switch (f) {
            case TRUNCATED -> {
                x.sendResponseHeaders(status, 0);
                out.write(b, 0, b.length * 2 / 3);
            }
            case STOP_MID_BODY -> {
                x.sendResponseHeaders(status, b.length);
                out.write(b, 0, b.length / 2);
                out.flush();
                throw new IOException("the fixture stops in the middle of the body");
            }
            case SLOW -> {
                x.sendResponseHeaders(status, b.length);
                out.write(b, 0, b.length / 2);
                out.flush();
                sleep(slow);
                out.write(b, b.length / 2, b.length - b.length / 2);
            }
            default -> {
                x.sendResponseHeaders(status, b.length);
                out.write(b);
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
