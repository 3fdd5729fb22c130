package eu.emso.dmp.server.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.ClientCredentials;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dmp federation add|list|remove|run}: the remote sources of a running server, through its
 * {@code /admin/federation} resource. Credentials as for {@code dmp ingest} ({@code DMP_API_KEY},
 * or {@code DMP_USER} and {@code DMP_PASSWORD}); the writes need the admin role.
 */
@Command(name = "federation", mixinStandardHelpOptions = true,
        description = "Add, list, remove or run the remote sources a server harvests.",
        subcommands = {FederationCommand.Add.class, FederationCommand.ListSources.class,
                FederationCommand.Remove.class, FederationCommand.Run.class})
public final class FederationCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The server option of every subcommand. */
    static final class Server {
        @Option(names = "--url", required = true, description = "the server, e.g. http://localhost:8080")
        String url;

        String base() {
            return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/admin/federation";
        }

        String of(String name) {
            return base() + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Sends the request; the body of a 2xx answer, or an IOException with the server's message. */
    static String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(ClientCredentials.signed(request), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            String message = "HTTP " + r.statusCode();
            try {
                message = Json.mapper().readTree(r.body()).path("message").asText(message);
            } catch (IOException notJson) {
                // keep the status
            }
            throw new IOException(message);
        }
        return r.body();
    }

    private static int failed(String command, Exception e) {
        System.err.println("dmp federation " + command + ": " + e.getMessage());
        return 1;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a remote source.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", description = "the local name of the source")
        String name;
        @Option(names = "--kind", required = true, description = "sta, sos or erddap")
        String kind;
        @Option(names = "--source", required = true, description = "the remote service root (STA .../v1.1, "
                + "SOS .../service, ERDDAP .../erddap)")
        String source;
        @Option(names = "--dataset", description = "ERDDAP dataset id; SOS offerings, comma separated")
        String dataset;
        @Option(names = "--filter", description = "SensorThings $filter on Datastreams")
        String filter;
        @Option(names = "--every", description = "run every this long inside the server (ISO 8601, e.g. PT10M)")
        String every;
        @Mixin
        Server server = new Server();

        @Override
        public Integer call() throws Exception {
            ObjectNode b = Json.mapper().createObjectNode();
            b.put("name", name).put("kind", kind).put("source", source).put("dataset", dataset).put("filter", filter)
                    .put("every", every);
            try {
                send(HttpRequest.newBuilder(URI.create(server.base())).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(b.toString())).build());
            } catch (IOException e) {
                return failed("add", e);
            }
            System.out.println("source " + name + " added");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the sources and their status.")
    static final class ListSources implements Callable<Integer> {
        @Option(names = "--json", description = "print the status as JSON")
        boolean json;
        @Mixin
        Server server = new Server();

        @Override
        public Integer call() throws Exception {
            JsonNode list;
            try {
                list = Json.mapper().readTree(send(HttpRequest.newBuilder(URI.create(server.base())).GET().build()));
            } catch (IOException e) {
                return failed("list", e);
            }
            if (json) {
                System.out.println(list.toPrettyString());
                return 0;
            }
            for (JsonNode s : list) {
                JsonNode last = s.path("lastRun");
                System.out.println(s.path("name").asText() + "\t" + s.path("kind").asText() + "\t"
                        + s.path("source").asText() + "\t" + (s.path("every").isNull() ? "by hand" : "every "
                        + s.path("every").asText()) + "\t" + (last.isMissingNode() || last.isNull() ? "never run"
                        : last.path("outcome").asText() + " " + last.path("started").asText() + ", "
                        + last.path("observations").asLong() + " observations"
                        + (last.path("error").isNull() ? "" : " (" + last.path("error").asText() + ")")));
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a source (what it harvested stays).")
    static final class Remove implements Callable<Integer> {
        @Parameters(index = "0", description = "the name of the source")
        String name;
        @Mixin
        Server server = new Server();

        @Override
        public Integer call() throws Exception {
            try {
                send(HttpRequest.newBuilder(URI.create(server.of(name))).DELETE().build());
            } catch (IOException e) {
                return failed("remove", e);
            }
            System.out.println("removed " + name);
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Harvest a source now.")
    static final class Run implements Callable<Integer> {
        @Parameters(index = "0", description = "the name of the source")
        String name;
        @Option(names = "--json", description = "print the counts as JSON")
        boolean json;
        @Mixin
        Server server = new Server();

        @Override
        public Integer call() throws Exception {
            CompletableFuture<String> run = HTTP.sendAsync(ClientCredentials.signed(HttpRequest.newBuilder(
                    URI.create(server.of(name) + "/run")).POST(HttpRequest.BodyPublishers.noBody()).build()),
                    HttpResponse.BodyHandlers.ofString()).thenApply(r -> r.statusCode() / 100 == 2 ? r.body()
                    : "!" + r.statusCode() + " " + r.body());
            if (System.console() != null) {
                watch(run, System.err);
            }
            String body;
            try {
                body = run.get();
            } catch (java.util.concurrent.ExecutionException e) {
                return failed("run", new IOException(e.getCause().getMessage()));
            }
            if (body.startsWith("!")) {
                String msg = body;
                try {
                    msg = Json.mapper().readTree(body.substring(body.indexOf(' ') + 1)).path("message").asText(body);
                } catch (IOException notJson) {
                    // as it is
                }
                return failed("run", new IOException(msg));
            }
            JsonNode c = Json.mapper().readTree(body);
            if (json) {
                System.out.println(c.toString());
            } else {
                System.out.println(name + ": " + c.path("observations").asLong() + " observations, "
                        + c.path("entities").asLong() + " entities, " + c.path("duplicates").asLong()
                        + " already stored, " + c.path("conflicts").asLong() + " conflicts"
                        + (c.path("error").isNull() ? "" : "; " + c.path("error").asText()));
            }
            return "ok".equals(c.path("outcome").asText()) ? 0 : 1;
        }

        /** Shows the counts of the running harvest, read from the status resource, until it ends. */
        private void watch(CompletableFuture<String> run, PrintStream out) throws InterruptedException {
            long start = System.nanoTime();
            while (!run.isDone()) {
                try {
                    JsonNode last = Json.mapper().readTree(send(HttpRequest.newBuilder(URI.create(server.of(name)))
                            .GET().build())).path("lastRun");
                    double s = (System.nanoTime() - start) / 1e9;
                    long n = last.path("observations").asLong();
                    out.printf("\rharvesting %s: %,d observations, %,d already stored, %,d entities  %.0f obs/s  %ds   ",
                            name, n, last.path("duplicates").asLong(), last.path("entities").asLong(),
                            n / Math.max(s, 1e-3), (long) s);
                    out.flush();
                } catch (IOException e) {
                    // the status is shown again on the next tick
                }
                Thread.sleep(500);
            }
            out.println();
        }
    }
}
