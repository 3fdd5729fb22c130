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
 * Command line of the data product benchmark ({@code ./dmp bench-exports}):
 * {@code [--values N] [--days N] [--reps N] [--out FILE.json] [--work DIR]}. Starts a PostgreSQL
 * cluster and our server, loads one platform with two 1 Hz series of {@code values} values in all
 * and exports it to NetCDF and CSV, then loads one 1 Hz series of {@code days} days (365: a year)
 * and times its hourly means. Prints a Markdown table on standard output and progress on
 * standard error.
 */
public final class ExportBenchMain {
    private static final List<String> OPTIONS = List.of("--values", "--days", "--reps", "--out", "--work");
    private static final long STARTED = System.nanoTime();

    private ExportBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(List.of(args));
        Map<String, Object> report = run(Long.parseLong(o.getOrDefault("--values", "1000000")),
                Integer.parseInt(o.getOrDefault("--days", "365")), Integer.parseInt(o.getOrDefault("--reps", "5")),
                o.containsKey("--work") ? Path.of(o.get("--work")) : null);
        System.out.println(markdown(report));
        if (o.containsKey("--out")) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(o.get("--out")).toFile(), report);
        }
        System.exit(0);
    }

    /** Runs the scenarios and returns the report (the JSON written by {@code --out}). */
    static Map<String, Object> run(long values, int days, int reps, Path workDir) throws Exception {
        Path work = workDir != null ? workDir : WorkDirs.create("dmp-bench-exports");
        List<ExportBench.Result> results = new ArrayList<>();
        try (PgCluster pg = PgCluster.start(work.resolve("pg"));
             ServerProcess ours = Peers.startOurs(pg, work)) {
            ExportBench bench = new ExportBench(new StaClient(ours.serviceRoot()), ours, ExportBenchMain::log);
            long perSeries = values / 2;
            log(String.format(Locale.ROOT, "loading 2 x %,d values at 1 Hz", perSeries));
            long thing = bench.load("export platform", 2, perSeries);
            for (String format : List.of("netcdf", "csv")) {
                log("export " + format);
                results.add(bench.export(format, thing, 2 * perSeries));
            }
            long seconds = days * 86_400L;
            log(String.format(Locale.ROOT, "loading %d days at 1 Hz (%,d values)", days, seconds));
            long year = bench.firstDatastream(bench.load("year platform", 1, seconds));
            log("hourly means");
            results.add(bench.hourlyMeans(year, seconds, reps));
        } finally {
            if (workDir == null) {
                WorkDirs.delete(work);
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("values", values / 2 * 2);
        report.put("days", days);
        report.put("reps", reps);
        report.put("heap", Peers.HEAP);
        report.put("machine", ExportBench.machine());
        report.put("scenarios", results);
        return report;
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!OPTIONS.contains(args.get(i)) || i + 1 >= args.size()) {
                throw new IllegalArgumentException("usage: bench-exports [--values N] [--days N] [--reps N]"
                        + " [--out FILE.json] [--work DIR]; not understood: " + args.get(i));
            }
            o.put(args.get(i), args.get(i + 1));
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> report) {
        StringBuilder md = new StringBuilder("| scenario | values | time | values/s | size | server heap peak |\n"
                + "|---|---|---|---|---|---|\n");
        for (ExportBench.Result r : (List<ExportBench.Result>) report.get("scenarios")) {
            md.append("| ").append(r.name()).append(" | ");
            if (r.unavailable() != null) {
                md.append("n/a: ").append(r.unavailable()).append(" | | | | |\n");
                continue;
            }
            md.append(String.format(Locale.ROOT, "%,d | %.2f s | %,.0f | %s | %s |\n", r.values(), r.seconds(),
                    r.valuesPerSecond(), r.bytes() == 0 ? "" : String.format(Locale.ROOT, "%.1f MB", r.bytes() / 1e6),
                    r.heapPeakMiB() == null ? "" : r.heapPeakMiB() + " MiB"));
        }
        return md.toString();
    }

    private static void log(String message) {
        System.err.printf(Locale.ROOT, "bench-exports [%6.1f s]: %s%n", (System.nanoTime() - STARTED) / 1e9, message);
    }
}
