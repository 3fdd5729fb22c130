package eu.emso.dmp.server.ogcapi.edr;

import eu.emso.dmp.server.ogcapi.OgcApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * The EDR {@code z} parameter (OGC 19-086r6, 8.2.3, "z"): the vertical levels asked for, in
 * metres of depth, positive down, as the series' depths are. One level ({@code z=10}), a list
 * ({@code z=10,20}), an interval ({@code z=0/50}, both ends included) or a repeating interval
 * {@code Rn/start/step} ({@code z=R5/0/10}: the five levels 0, 10, 20, 30, 40). A series matches
 * when its depth is one of the levels (to within {@link #TOLERANCE}) or in the interval; a series
 * without a depth matches no {@code z}. Immutable.
 *
 * @param levels the levels asked for, empty for an interval
 * @param low    the interval's lower end, NaN for levels
 * @param high   the interval's upper end, NaN for levels
 */
record VerticalParam(List<Double> levels, double low, double high) {
    /** How close a depth must be to a level to be at that level, in metres. */
    static final double TOLERANCE = 1e-6;
    /** The most levels a repeating interval may name. */
    static final int MAX_LEVELS = 10_000;

    VerticalParam {
        levels = List.copyOf(levels);
    }

    /** Parses {@code z}, or null when not given; 400 naming {@code z} when malformed. */
    static VerticalParam parse(String z) {
        if (z == null) {
            return null;
        }
        String t = z.trim();
        if (t.startsWith("R") || t.startsWith("r")) {
            return repeating(z, t.substring(1).split("/", -1));
        }
        String[] interval = t.split("/", -1);
        if (interval.length == 2) {
            double lo = number(z, interval[0]);
            double hi = number(z, interval[1]);
            if (lo > hi) {
                throw bad(z, "the lower end of the interval is above its upper end");
            }
            return new VerticalParam(List.of(), lo, hi);
        }
        if (interval.length > 2) {
            throw bad(z, "an interval has two ends, low/high");
        }
        List<Double> levels = new ArrayList<>();
        for (String v : t.split(",", -1)) {
            levels.add(number(z, v));
        }
        return new VerticalParam(levels, Double.NaN, Double.NaN);
    }

    private static VerticalParam repeating(String z, String[] p) {
        if (p.length != 3) {
            throw bad(z, "a repeating interval is Rcount/start/step, e.g. R5/0/10");
        }
        int count;
        try {
            count = Integer.parseInt(p[0].trim());
        } catch (NumberFormatException e) {
            throw bad(z, "the count of Rcount/start/step must be a whole number");
        }
        if (count < 1 || count > MAX_LEVELS) {
            throw bad(z, "the count of Rcount/start/step must be between 1 and " + MAX_LEVELS);
        }
        double start = number(z, p[1]);
        double step = number(z, p[2]);
        List<Double> levels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            levels.add(start + i * step);
        }
        return new VerticalParam(levels, Double.NaN, Double.NaN);
    }

    /** Whether a series at {@code depth} (NaN: unknown) is asked for. */
    boolean matches(double depth) {
        if (Double.isNaN(depth)) {
            return false;
        }
        if (levels.isEmpty()) {
            return depth >= low && depth <= high;
        }
        return levels.stream().anyMatch(l -> Math.abs(l - depth) <= TOLERANCE);
    }

    private static double number(String z, String v) {
        try {
            double d = Double.parseDouble(v.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(z, "'" + v.trim() + "' is not a number of metres");
    }

    private static OgcApiException bad(String z, String why) {
        return OgcApiException.invalidParameter("z", "'" + z + "' is not a level, a list of levels, an interval"
                + " low/high or a repeating interval Rcount/start/step: " + why);
    }
}
