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
 * Command line of the OGC API benchmark ({@code ./dmp bench-ogcapi}):
 * {@code [--platforms N] [--hours N] [--reps N] [--out FILE.json] [--work DIR]}. Starts a
 * PostgreSQL cluster and our server, loads {@code platforms} Things and one platform with five
 * hourly series of {@code hours} values, then times each OGC API request beside the STA request
 * for the same data. Prints a Markdown table on standard output and progress on standard error.
 */
public final class OgcApiBenchMain {
    private OgcApiBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(List.of(args));
        int platforms = Integer.parseInt(o.getOrDefault("--platforms", "1000"));
        int hours = Integer.parseInt(o.getOrDefault("--hours", "8760"));
        int reps = Integer.parseInt(o.getOrDefault("--reps", "30"));
        Path work = o.containsKey("--work") ? Path.of(o.get("--work")) : WorkDirs.create("dmp-bench-ogcapi");
        List<OgcApiBench.Pair> pairs = new ArrayList<>();
        try (PgCluster pg = PgCluster.start(work.resolve("pg"));
             ServerProcess ours = Peers.startOurs(pg, work)) {
            OgcApiBench bench = new OgcApiBench(new StaClient(ours.serviceRoot()), reps);
            log("loading " + platforms + " platforms");
            bench.loadPlatforms(platforms);
            log("loading 5 x " + hours + " hourly values");
            long thing = bench.loadSeries(hours);
            log("edr-position-year");
            pairs.add(bench.edrYear(thing, hours));
            log("features-page-" + platforms);
            pairs.add(bench.featuresPage(platforms));
        } finally {
            if (!o.containsKey("--work")) {
                WorkDirs.delete(work);
            }
        }
        System.out.println(markdown(pairs));
        if (o.containsKey("--out")) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(o.get("--out")).toFile(),
                    Map.of("platforms", platforms, "hours", hours, "reps", reps, "scenarios", json(pairs)));
        }
        System.exit(0);
    }

    private static Map<String, String> options(List<String> args) {
        return CommandOptions.parse(args, List.of("--platforms", "--hours", "--reps", "--out", "--work"),
                "bench-ogcapi [--platforms N] [--hours N] [--reps N] [--out FILE.json] [--work DIR]");
    }

    static String markdown(List<OgcApiBench.Pair> pairs) {
        StringBuilder md = new StringBuilder("| scenario | OGC API median / p99 ms | STA median / p99 ms | OGC API vs STA |\n"
                + "|---|---|---|---|\n");
        for (OgcApiBench.Pair p : pairs) {
            md.append("| ").append(p.name()).append(" | ").append(cell(p.ogcapi())).append(" | ")
                    .append(cell(p.sta())).append(" | ").append(ratio(p)).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(Measurement m) {
        return m.available() ? String.format(Locale.ROOT, "%.1f / %.1f", m.value(), m.p99()) : "n/a: " + m.unavailable();
    }

    private static String ratio(OgcApiBench.Pair p) {
        return p.ogcapi().available() && p.sta().available()
                ? String.format(Locale.ROOT, "%.2f× the time", p.ogcapi().value() / p.sta().value()) : "";
    }

    private static List<Map<String, Object>> json(List<OgcApiBench.Pair> pairs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (OgcApiBench.Pair p : pairs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("ogcapi_request", p.ogcapiRequest());
            m.put("ogcapi", p.ogcapi());
            m.put("sta_request", p.staRequest());
            m.put("sta", p.sta());
            out.add(m);
        }
        return out;
    }

    private static void log(String message) {
        System.err.println("bench-ogcapi: " + message);
    }
}
