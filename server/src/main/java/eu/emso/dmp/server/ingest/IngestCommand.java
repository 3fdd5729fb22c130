package eu.emso.dmp.server.ingest;

import eu.emso.dmp.egim.ingest.IngestCounts;
import eu.emso.dmp.egim.parse.FormatDetector;
import eu.emso.dmp.server.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dmp ingest}: sends files (or every file under directories) to a running server's
 * {@code POST /ingest}. The format is detected per file unless given. On a terminal a progress
 * bar shows rate and ETA; a summary follows; with {@code --json} the last output line is one
 * JSON object with the summed counts. Exit status 0 when every file was ingested, 1 otherwise.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Send instrument files to a running server through its ingest endpoint.")
public final class IngestCommand implements Callable<Integer> {
    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "server (default: ${DEFAULT-VALUE})")
    String url;
    @Option(names = "--format", description = "format of every file (default: detected per file)")
    String format;
    @Option(names = "--platform", description = "platform (site id) the data comes from, e.g. obsea")
    String platform;
    @Option(names = "--json", description = "end with one line of JSON counts")
    boolean json;
    @Option(names = "--parameter", description = "EMSODEV JSON: the parameter name")
    String parameter;
    @Option(names = "--instrument", description = "EMSODEV JSON: the instrument name")
    String instrument;
    @Option(names = "--unit", description = "EMSODEV JSON: the unit")
    String unit;
    @Option(names = "--sensor", description = "serial number of the instrument, when the data does not state it")
    String sensor;
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        List<Path> files = files();
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        Progress bar = System.console() != null ? new Progress(System.err, total) : null;
        IngestClient client = new IngestClient(url);
        IngestCounts sum = IngestCounts.zero();
        List<String> failures = new ArrayList<>();
        long base = 0;
        for (Path f : files) {
            if (bar != null) {
                bar.file(f.getFileName().toString(), base);
            }
            try {
                sum = sum.plus(client.push(f, query(f), n -> {
                    if (bar != null) {
                        bar.update(n);
                    }
                }));
            } catch (IOException e) {
                failures.add(f + ": " + e.getMessage());
            }
            base += Files.size(f);
        }
        if (bar != null) {
            bar.finish();
        }
        summary(out, files.size(), sum, failures);
        if (json) {
            out.println(IngestJson.counts(sum).put("files", files.size()).put("failed", failures.size()));
        }
        return failures.isEmpty() ? 0 : 1;
    }

    private Map<String, String> query(Path file) throws IOException {
        Map<String, String> q = new LinkedHashMap<>();
        String f = format != null ? format : new FormatDetector().detect(file).orElseThrow(() ->
                new IOException("cannot tell the format; name it with --format"));
        q.put("format", f);
        put(q, "platform", platform);
        put(q, "parameter", parameter);
        put(q, "instrument", instrument);
        put(q, "unit", unit);
        put(q, "sensor", sensor);
        return q;
    }

    private static void put(Map<String, String> q, String k, String v) {
        if (v != null) {
            q.put(k, v);
        }
    }

    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> tree = Files.walk(p)) {
                    tree.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new IOException("no such file: " + p);
            }
        }
        return out;
    }

    private static void summary(PrintStream out, int files, IngestCounts c, List<String> failures) {
        out.printf("%d file(s): %d lines, %d records, %d observations stored, %d duplicates, %d quarantined, %d skipped%n",
                files, c.lines(), c.records(), c.observations(), c.duplicates(), c.quarantined(), c.skipped());
        c.notes().forEach(n -> out.println("note: " + n));
        failures.forEach(f -> out.println("failed: " + f));
    }
}
