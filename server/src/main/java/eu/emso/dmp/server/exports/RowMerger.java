package eu.emso.dmp.server.exports;

import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.store.EntityOperations;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Merges the series of a selection by time into {@link Row}s: one row per distinct phenomenon
 * time, each series' value at that time or none. Holds one page per series. Not thread-safe.
 */
final class RowMerger {
    private final SeriesCursor[] cursors;

    RowMerger(EntityOperations store, List<Variable> variables, Expr filter) {
        cursors = new SeriesCursor[variables.size()];
        for (int i = 0; i < cursors.length; i++) {
            cursors[i] = new SeriesCursor(store, variables.get(i).datastream(), filter);
        }
    }

    /** A sink of rows that may fail with an I/O error. */
    @FunctionalInterface
    interface Sink {
        void row(Row r) throws java.io.IOException;
    }

    /** Passes every row in time order to {@code sink}. */
    void each(Sink sink) throws java.io.IOException {
        for (SeriesCursor c : cursors) {
            c.advance();
        }
        while (true) {
            Instant t = null;
            for (SeriesCursor c : cursors) {
                if (c.time() != null && (t == null || c.time().isBefore(t))) {
                    t = c.time();
                }
            }
            if (t == null) {
                return;
            }
            double[] v = new double[cursors.length];
            int[] f = new int[cursors.length];
            Arrays.fill(v, Double.NaN);
            Arrays.fill(f, Row.ABSENT);
            for (int i = 0; i < cursors.length; i++) {
                SeriesCursor c = cursors[i];
                if (t.equals(c.time())) {
                    v[i] = c.value();
                    f[i] = c.flag();
                    c.advance();
                }
            }
            sink.row(new Row(t, v, f));
        }
    }
}
