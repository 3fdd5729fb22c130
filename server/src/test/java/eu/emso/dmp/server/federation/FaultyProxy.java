package eu.emso.dmp.server.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.emso.dmp.model.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server in front of a real remote that passes requests on and, for requests of
 * Observations after the first {@link #after} good ones, answers in the way {@link #fault} says:
 * 500, JSON cut in half, an HTML error page, the body stopped mid-way with the connection closed,
 * or every row twice. {@link #delay} slows every answer down.
 */
final class FaultyProxy implements AutoCloseable {
    enum Fault { NONE, STATUS_500, TRUNCATED, HTML, CUT, REPEATED }

    private final HttpServer server;
    private final String target;
    private final HttpClient http = HttpClient.newHttpClient();
    volatile Fault fault = Fault.NONE;
    /** Good answers to Observations requests before the fault starts. */
    volatile int after;
    /** How many faulty answers to give (then pass again); negative: without end. */
    volatile int times = -1;
    volatile long delay;
    final AtomicInteger observationRequests = new AtomicInteger();

    FaultyProxy(String target) throws IOException {
        this.target = target;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Passes everything on from now. */
    FaultyProxy heal() {
        fault = Fault.NONE;
        return this;
    }

    /** Gives {@code f} from the {@code good + 1}th Observations request on, {@code n} times (negative: always). */
    FaultyProxy fail(Fault f, int good, int n) {
        observationRequests.set(0);
        after = good;
        times = n;
        fault = f;
        return this;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (delay > 0) {
                Thread.sleep(delay);
            }
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(target + ex.getRequestURI()
                    .toString())).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = r.body();
            Fault f = Fault.NONE;
            if (ex.getRequestURI().getPath().endsWith("/Observations")) {
                int n = observationRequests.incrementAndGet();
                if (n > after && (times < 0 || n <= after + times)) {
                    f = fault;
                }
            }
            switch (f) {
                case STATUS_500 -> send(ex, 500, "{\"code\":500,\"message\":\"overloaded\"}".getBytes(StandardCharsets.UTF_8));
                case TRUNCATED -> send(ex, 200, java.util.Arrays.copyOf(body, body.length / 2));
                case HTML -> send(ex, 200, "<html><body><h1>502 Bad Gateway</h1></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
                case CUT -> {
                    ex.getResponseHeaders().set("Content-Type", "application/json");
                    ex.sendResponseHeaders(200, body.length);
                    OutputStream out = ex.getResponseBody();
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    // the exchange is closed with the body short of its length: the connection is dropped
                }
                case REPEATED -> {
                    ObjectNode page = (ObjectNode) Json.mapper().readTree(body);
                    ArrayNode twice = Json.mapper().createArrayNode();
                    for (JsonNode o : page.path("value")) {
                        twice.add(o).add(o);
                    }
                    page.set("value", twice);
                    send(ex, 200, page.toString().getBytes(StandardCharsets.UTF_8));
                }
                case NONE -> send(ex, r.statusCode(), body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
