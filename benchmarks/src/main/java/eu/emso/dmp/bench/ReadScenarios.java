package eu.emso.dmp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The read scenarios, the same request for both peers (only ids differ): each is run five times
 * untimed, then {@link Size#reps()} times timed, and every answer is checked (status 200 and the
 * expected number of results), so that a fast wrong answer never counts. Stateless.
 */
public final class ReadScenarios {
    /** Names of the read scenarios, in report order. */
    public static final List<String> NAMES =
            List.of("latest", "latest-per-thing", "window-10k", "paging", "count", "geo-intersects", "qc-flag");
    private static final int WARMUP = 5;

    private ReadScenarios() {
    }

    /** A request and the least number of {@code value} entries a right answer has (0: an object). */
    private record Query(Function<Catalogue, String> path, int expected) {
    }

    /** Runs scenario {@code name} against one server. */
    public static Measurement run(String name, StaClient sta, Catalogue ids, DataSet data)
            throws InterruptedException {
        try {
            if ("paging".equals(name)) {
                return paging(sta, ids, data.size());
            }
            Query q = query(name, data);
            String path = q.path().apply(ids);
            double[] ms = new double[data.size().reps()];
            for (int i = -WARMUP; i < ms.length; i++) {
                long start = System.nanoTime();
                StaClient.Reply r = sta.get(path);
                double elapsed = (System.nanoTime() - start) / 1e6;
                String wrong = check(r, q.expected());
                if (wrong != null) {
                    return Measurement.notAvailable(wrong);
                }
                if (i >= 0) {
                    ms[i] = elapsed;
                }
            }
            return Measurement.of(Stats.of(ms));
        } catch (IOException | RuntimeException e) {
            return Measurement.notAvailable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Query query(String name, DataSet data) {
        DataSet.Stream dense = data.densest();
        long window = Math.min(10_000, dense.count());
        long from = Math.max(0, dense.count() / 2 - window / 2);
        Instant a = dense.time(from);
        Instant b = dense.time(from + window - 1).plusMillis(1);
        return switch (name) {
            case "latest" -> new Query(c -> "/Datastreams(" + c.datastreams().get(0)
                    + ")/Observations?$orderby=phenomenonTime desc&$top=1", 1);
            case "latest-per-thing" -> new Query(c -> "/Things(" + c.things().get(0)
                    + ")?$expand=Datastreams($expand=Observations($orderby=phenomenonTime desc;$top=1))", 0);
            case "window-10k" -> new Query(c -> "/Datastreams(" + c.datastreams().get(0) + ")/Observations?$filter="
                    + "phenomenonTime ge " + a + " and phenomenonTime lt " + b
                    + "&$orderby=phenomenonTime&$top=10000&$select=phenomenonTime,result", (int) window);
            case "count" -> new Query(c -> "/Datastreams(" + c.datastreams().get(0)
                    + ")/Observations?$count=true&$top=1", 1);
            case "geo-intersects" -> new Query(c -> "/Things?$filter=geo.intersects(Locations/location,"
                    + "geography'POLYGON((-10 35,5 35,5 45,-10 45,-10 35))')", 1);
            case "qc-flag" -> new Query(c -> "/Datastreams(" + c.datastreams().get(0)
                    + ")/Observations?$filter=resultQuality/qc_flag eq 1&$top=100", 100);
            default -> throw new IllegalArgumentException("unknown read scenario " + name);
        };
    }

    /** Null when the answer is right, else what is wrong with it. */
    private static String check(StaClient.Reply r, int expected) {
        if (r.status() != 200) {
            return "HTTP " + r.status() + " " + abbreviate(r.body());
        }
        JsonNode json = r.json();
        int got = json.path("value").size();
        if (expected > 0 && got < expected) {
            return "answered " + got + " results where " + expected + " were expected";
        }
        return null;
    }

    /**
     * Time to follow nextLinks from the first page down to the size's depth ({@link Size#pagingRows()}),
     * after an untimed warm-up walk of a few pages. Walks a million deep are repeated 3 times:
     * a server that pages with OFFSET takes minutes for one.
     */
    private static Measurement paging(StaClient sta, Catalogue ids, Size size)
            throws IOException, InterruptedException {
        String first = "/Datastreams(" + ids.datastreams().get(0) + ")/Observations?$orderby=phenomenonTime&$top="
                + size.pageSize();
        String wrong = walk(sta, first, Math.min(WARMUP, size.pagingDepth()), size.pageSize());
        int walks = size.pagingRows() > 100_000 ? 3 : Math.max(3, size.reps() / 5);
        double[] ms = new double[walks];
        for (int w = 0; w < walks && wrong == null; w++) {
            long start = System.nanoTime();
            wrong = walk(sta, first, size.pagingDepth(), size.pageSize());
            ms[w] = (System.nanoTime() - start) / 1e6;
        }
        return wrong == null ? Measurement.of(Stats.of(ms)) : Measurement.notAvailable(wrong);
    }

    /** Follows {@code pages} nextLinks from {@code first}; null when every page was right, else what was wrong. */
    private static String walk(StaClient sta, String first, int pages, int pageSize)
            throws IOException, InterruptedException {
        String next = first;
        for (int page = 0; page < pages; page++) {
            StaClient.Reply r = sta.get(next);
            String wrong = check(r, pageSize);
            if (wrong != null) {
                return "page " + page + ": " + wrong;
            }
            next = r.json().path("@iot.nextLink").asText(null);
            if (next == null) {
                return "no nextLink on page " + page;
            }
        }
        return null;
    }

    static String abbreviate(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 120) + "...";
    }
}
