package eu.emso.dmp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Command line of the SOS benchmark ({@code ./dmp bench-sos}):
 * {@code [--values N] [--reps N] [--out FILE.json] [--work DIR]}. Starts a PostgreSQL cluster and
 * our server (heap limited to 1 GiB, garbage collection logged), loads one Datastream of
 * {@code values} minute values (1,000,000 by default), then times GetObservation of a tenth of
 * them and of all of them, with the server's heap during each. Prints a Markdown table on
 * standard output and progress on standard error.
 */
public final class SosBenchMain {
    private static final List<String> OPTIONS = List.of("--values", "--reps", "--out", "--work");

    private SosBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(List.of(args));
        List<SosBench.Result> results = run(o);
        System.out.println(markdown(results));
        if (o.containsKey("--out")) {
            write(Path.of(o.get("--out")), o, results);
        }
        System.exit(0);
    }

    /** Loads and measures as the options say; the report rows, smallest window first. */
    static List<SosBench.Result> run(Map<String, String> o) throws Exception {
        int values = Integer.parseInt(o.getOrDefault("--values", "1000000"));
        int reps = Integer.parseInt(o.getOrDefault("--reps", "3"));
        Path work = o.containsKey("--work") ? Path.of(o.get("--work")) : WorkDirs.create("dmp-bench-sos");
        List<SosBench.Result> results = new ArrayList<>();
        try (PgCluster pg = PgCluster.start(work.resolve("pg"));
             ServerProcess ours = Peers.startOurs(pg, work)) {
            SosBench bench = new SosBench(new StaClient(ours.serviceRoot()), ours);
            log("loading " + values + " minute values");
            bench.load(values, n -> log("loaded " + n + " of " + values));
            for (int n : List.of(Math.max(1, values / 10), values)) {
                log("GetObservation of " + n + " values, " + reps + " times");
                results.add(bench.window(n, reps));
            }
        } finally {
            if (!o.containsKey("--work")) {
                WorkDirs.delete(work);
            }
        }
        return results;
    }

    static Map<String, String> options(List<String> args) {
        return CommandOptions.parse(args, OPTIONS, "bench-sos [--values N] [--reps N] [--out FILE.json] [--work DIR]");
    }

    static String markdown(List<SosBench.Result> results) {
        StringBuilder md = new StringBuilder("| GetObservation of | median / slowest ms | MB answered | server GCs |"
                + " server heap after GC, most (MiB) | server heap before GC, most (MiB) |\n|---|---|---|---|---|---|\n");
        for (SosBench.Result r : results) {
            md.append(String.format(Locale.ROOT, "| %,d values | %s | %.1f | %d | %s | %s |%n", r.values(),
                    r.ms().available() ? String.format(Locale.ROOT, "%.0f / %.0f", r.ms().value(), r.ms().p99())
                            : "n/a: " + r.ms().unavailable(),
                    r.bytes() / 1e6, r.gc().collections(), mib(r.gc().peakAfterKiB()), mib(r.gc().peakBeforeKiB())));
        }
        return md.toString();
    }

    static void write(Path out, Map<String, String> o, List<SosBench.Result> results) throws java.io.IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SosBench.Result r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("values", r.values());
            m.put("ms", r.ms());
            m.put("bytes", r.bytes());
            m.put("observations", r.observations());
            m.put("gc_collections", r.gc().collections());
            m.put("heap_after_gc_peak_kib", r.gc().peakAfterKiB());
            m.put("heap_before_gc_peak_kib", r.gc().peakBeforeKiB());
            rows.add(m);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("values", Integer.parseInt(o.getOrDefault("--values", "1000000")));
        report.put("reps", Integer.parseInt(o.getOrDefault("--reps", "3")));
        report.put("server_heap_max", Peers.HEAP);
        report.put("windows", rows);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
    }

    private static String mib(long kib) {
        return kib < 0 ? "no GC" : Long.toString(kib >> 10);
    }

    private static void log(String message) {
        System.err.println("bench-sos: " + message);
    }
}
