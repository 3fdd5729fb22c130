package eu.emso.dmp.server.qc;

import eu.emso.dmp.qc.QcSeries;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

/**
 * A temperature series sampled every 10 s in February (OBSEA TEMP climatology Jan-Mar
 * 10.5-16 degC) that raises every QARTOD flag under {@link #CONFIG}: spikes (suspect and fail),
 * a flat line longer than 300 s, gross range suspect and fail values, and steps that exceed the
 * rate of change.
 */
final class TestSeries {
    /** OBSEA TEMP thresholds of domain.md, as a Datastream's own configuration. */
    static final String CONFIG = """
            {"qartod": {
              "gross_range_test": {"fail_span": [8, 40], "suspect_span": [10, 32]},
              "climatology_test": {"config": [
                {"period": "month", "tspan": [1, 3], "vspan": [10.5, 16], "zspan": [0, 100]}]},
              "spike_test": {"suspect_threshold": 1, "fail_threshold": 3},
              "rate_of_change_test": {"threshold": 0.01},
              "flat_line_test": {"tolerance": 1e-5, "suspect_threshold": 100, "fail_threshold": 300}}}""";
    static final OffsetDateTime START = OffsetDateTime.parse("2014-02-01T00:00:00Z");

    private TestSeries() {
    }

    static OffsetDateTime time(int i) {
        return START.plusSeconds(10L * i);
    }

    /** {@code values} at {@link #time}s, 20 m deep: the series as quality control evaluates it whole. */
    static QcSeries series(List<Double> values) {
        long[] t = new long[values.size()];
        double[] depth = new double[values.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = time(i).toInstant().toEpochMilli();
        }
        Arrays.fill(depth, 20);
        return QcSeries.ofEpochMillis(t, values.stream().mapToDouble(Double::doubleValue).toArray()).withDepths(depth);
    }

    static List<Double> values() {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            double x = 13 + 0.05 * Math.sin(i / 5.0);
            if (i >= 60 && i < 100) {
                x = 13.25;
            }
            v.add(x);
        }
        v.set(20, v.get(20) + 2);
        v.set(40, v.get(40) + 5);
        v.set(110, 9.0);
        v.set(130, 45.0);
        v.set(145, 17.0);
        return v;
    }
}
