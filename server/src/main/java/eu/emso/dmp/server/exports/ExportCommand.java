package eu.emso.dmp.server.exports;

import eu.emso.dmp.server.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dmp export}: downloads an export from a running server's {@code /exports/{format}} into
 * a file (written beside it and moved into place when complete). On a terminal a progress bar
 * shows bytes, rate and ETA: exact for NetCDF (its length is known), estimated from the number of
 * values for CSV and GeoJSON. Exit status 0 on success, 1 when the server refused the request.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Download Observations from a running server as NetCDF, CSV or GeoJSON.")
public final class ExportCommand implements Callable<Integer> {
    /** Bytes per value written, roughly, to estimate the length of a streamed export. */
    private static final double CSV_BYTES = 14;
    private static final double GEOJSON_BYTES = 190;
    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "server (default: ${DEFAULT-VALUE})")
    String url;
    @Option(names = "--format", required = true, description = "netcdf, csv or geojson")
    String format;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;
    @Option(names = "--from", description = "earliest phenomenon time, ISO 8601 (inclusive)")
    String from;
    @Option(names = "--to", description = "latest phenomenon time, ISO 8601 (exclusive)")
    String to;
    @Option(names = "--flags", description = "QARTOD flags to keep, e.g. 1,2 (default: all)")
    String flags;
    @Option(names = "--out", required = true, description = "file to write")
    Path out;

    /** Either a Thing or a list of Datastreams. */
    static final class Selection {
        @Option(names = "--thing", description = "the Datastreams of this Thing")
        Long thing;
        @Option(names = "--datastreams", description = "Datastream ids, comma-separated")
        String datastreams;
    }

    @Override
    public Integer call() throws Exception {
        String f = format.toLowerCase(Locale.ROOT);
        HttpResponse<InputStream> r = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(query(f))).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            try (InputStream in = r.body()) {
                System.err.println("dmp export: the server answered " + r.statusCode() + ": "
                        + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            return 1;
        }
        long values = r.headers().firstValueAsLong(ExportHandler.VALUES_HEADER).orElse(0);
        long total = r.headers().firstValueAsLong("Content-Length")
                .orElse((long) (values * (f.equals("geojson") ? GEOJSON_BYTES : CSV_BYTES)));
        Progress bar = System.console() != null ? new Progress(System.err, total) : null;
        long started = System.nanoTime();
        Path part = out.resolveSibling(out.getFileName() + ".part");
        long bytes = copy(r.body(), part, bar);
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
        if (bar != null) {
            bar.finish();
        }
        System.out.printf(Locale.ROOT, "wrote %s: %d values, %.1f MB in %.1f s%n", out, values, bytes / 1e6,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static long copy(InputStream body, Path to, Progress bar) throws IOException {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = body; OutputStream o = Files.newOutputStream(to)) {
            if (bar != null) {
                bar.file(to.getFileName().toString(), 0);
            }
            for (int k; (k = in.read(buf)) > 0; ) {
                o.write(buf, 0, k);
                n += k;
                if (bar != null) {
                    bar.update(n);
                }
            }
        }
        return n;
    }

    private String query(String f) {
        StringBuilder q = new StringBuilder(url.replaceAll("/+$", "")).append("/exports/").append(enc(f)).append('?');
        q.append(selection.thing != null ? "thing=" + selection.thing : "datastreams=" + enc(selection.datastreams));
        if (from != null) {
            q.append("&from=").append(enc(from));
        }
        if (to != null) {
            q.append("&to=").append(enc(to));
        }
        if (flags != null) {
            q.append("&flags=").append(enc(flags));
        }
        return q.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
