package eu.emso.dmp.server.qc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.model.store.ObservationStage;
import eu.emso.dmp.model.store.QcColumns;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What quality control adds to bulk ingest: writes the same numeric series through
 * {@code EntityStore.writeObservations} without and with the QC stage (the OBSEA TEMP thresholds:
 * all five tests) on an embedded PostGIS and prints both rates, and checks that the flags were set. A program, not a test:
 * {@code java -cp <test classpath> eu.emso.dmp.server.qc.QcIngestBenchmark [observations] [batch]}.
 * Both code paths are warmed up first (the JIT compiles the tests on first use, as a running
 * server has long done); then rounds alternate between the two stores so that both see the same
 * table growth. A third store writes fixed flags of all five tests in the same compact form without
 * running QC, to tell the cost of storing the flags from the cost of computing them.
 */
public final class QcIngestBenchmark {
    private QcIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int rounds = 4;
        try (QcDatabase db = new QcDatabase()) {
            AtomicLong stageNanos = new AtomicLong();
            QcStage qcStage = new QcStage(db.resolver);
            ObservationStage timed = (rows, history) -> {
                long t0 = System.nanoTime();
                List<ObservationRow> out = qcStage.apply(rows, history);
                stageNanos.addAndGet(System.nanoTime() - t0);
                return out;
            };
            EntityStore withQc = db.store(List.of(timed));
            int allGood = 0;
            for (int slot = 0; slot < QcColumns.TESTS.size(); slot++) {
                allGood = QcColumns.pack(allGood, slot, 1);
            }
            int tests = allGood;
            long version = QcColumns.version("4f1c9a0be27d");
            EntityStore storageOnly = db.store(List.of((rows, history) -> rows.stream()
                    .map(r -> r.withQc((short) 1, tests, version, null)).toList()));
            long feature = db.feature();
            long warmPlain = datastream(db);
            long warmQc = datastream(db);
            for (int r = 0; r < 3; r++) {
                run(db.plainStore, warmPlain, feature, 50_000, batch, r * 50_000);
                run(withQc, warmQc, feature, 50_000, batch, r * 50_000);
            }
            long plainNanos = 0;
            long qcNanos = 0;
            long storageNanos = 0;
            long plain = datastream(db);
            long qc = datastream(db);
            long storage = datastream(db);
            for (int r = 0; r < rounds; r++) {
                int n = total / rounds;
                plainNanos += run(db.plainStore, plain, feature, n, batch, r * n);
                if (r == 0) {
                    stageNanos.set(0);
                }
                qcNanos += run(withQc, qc, feature, n, batch, r * n);
                storageNanos += run(storageOnly, storage, feature, n, batch, r * n);
            }
            double plainRate = total / (plainNanos / 1e9);
            double qcRate = total / (qcNanos / 1e9);
            System.out.printf("%d observations in batches of %d%n", total, batch);
            System.out.printf("without QC: %.0f observations/s (%.2f s)%n", plainRate, plainNanos / 1e9);
            System.out.printf("with QC:    %.0f observations/s (%.2f s)%n", qcRate, qcNanos / 1e9);
            System.out.printf("with fixed compact flags (all five tests) and no QC: %.0f observations/s (%.2f s)%n",
                    total / (storageNanos / 1e9), storageNanos / 1e9);
            System.out.printf("QC adds %.1f%% to ingest time; the stage itself (history reads, tests, "
                    + "re-flagging) took %.2f s%n", 100.0 * (qcNanos - plainNanos) / plainNanos, stageNanos.get() / 1e9);
            long evaluated = db.stored(qc).stream().filter(s -> s.quality().has("qc_config")).count();
            System.out.printf("observations flagged by all five tests: %d of %d%n", evaluated, total);
        }
    }

    /** A Datastream with the OBSEA TEMP thresholds as its own configuration (all five tests). */
    private static long datastream(QcDatabase db) throws Exception {
        ObjectNode properties = Json.mapper().createObjectNode().put("depth", 20);
        properties.set("quality_control", Json.mapper().readTree(TestSeries.CONFIG));
        return db.datastream("TEMP", properties);
    }

    /** Writes {@code n} observations from sample {@code offset} on; returns the elapsed nanoseconds. */
    private static long run(EntityStore store, long ds, long feature, int n, int batch, int offset) {
        OffsetDateTime start = OffsetDateTime.parse("2014-02-01T00:00:00Z");
        long nanos = 0;
        for (int i = 0; i < n; i += batch) {
            List<ObservationRow> rows = new ArrayList<>(batch);
            for (int j = i; j < Math.min(n, i + batch); j++) {
                int k = offset + j;
                rows.add(ObservationRow.number(ds, feature, start.plusSeconds(10L * k), 13 + 0.3 * Math.sin(k / 50.0),
                        null));
            }
            long t0 = System.nanoTime();
            store.writeObservations(rows);
            nanos += System.nanoTime() - t0;
        }
        return nanos;
    }
}
