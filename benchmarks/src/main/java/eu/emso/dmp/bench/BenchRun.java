package eu.emso.dmp.bench;

import eu.emso.dmp.egim.ingest.IngestPipeline;
import eu.emso.dmp.model.db.Database;
import eu.emso.dmp.model.db.DbSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark run, start to end: the shared cluster, both servers, the data set loaded into
 * both (ours through the write path, which is the {@code load} figure, FROST by COPY), the raw
 * COPY baseline, the read scenarios, then the HTTP write scenarios, then each server's memory;
 * with the servers stopped, the {@code bulk} ingest through the EGIM adapter against raw COPY.
 * Everything is stopped at the end, also on failure. Not thread-safe.
 */
public final class BenchRun {
    private final BenchOptions options;
    private final DataSet data;

    public BenchRun(BenchOptions options) {
        this.options = options;
        this.data = new DataSet(options.size());
    }

    /** Runs every selected scenario and returns the report. */
    public Report run() throws IOException, SQLException, InterruptedException {
        List<ScenarioResult> results = new ArrayList<>();
        Map<String, Map<String, Long>> memory = new LinkedHashMap<>();
        String version;
        try (PgCluster pg = PgCluster.start(options.workDir().resolve("pg"));
             ServerProcess ours = Peers.startOurs(pg, options.workDir());
             ServerProcess frost = Peers.startFrost(pg, options.workDir(), options.frostHome())) {
            StaClient ourSta = new StaClient(ours.serviceRoot());
            StaClient frostSta = new StaClient(frost.serviceRoot());
            Catalogue ourIds = MetadataLoader.load(ourSta, data);
            Catalogue frostIds = MetadataLoader.load(frostSta, data);
            log("loading " + data.totalObservations() + " observations into both servers");
            results.add(load(pg, ourIds, frostIds));
            for (String name : ReadScenarios.NAMES) {
                if (options.runs(name)) {
                    log("read scenario " + name);
                    results.add(ScenarioResult.read(name, ReadScenarios.run(name, ourSta, ourIds, data),
                            ReadScenarios.run(name, frostSta, frostIds, data)));
                }
            }
            results.addAll(writes(new WriteScenarios(ourSta, ourIds), new WriteScenarios(frostSta, frostIds)));
            if (options.runs("mqtt")) {
                log("write scenario mqtt-create");
                int messages = options.size().posts();
                results.add(ScenarioResult.write("mqtt-create", MqttScenario.run(ours.mqttPort(), ourSta, ourIds, messages),
                        MqttScenario.run(frost.mqttPort(), frostSta, frostIds, messages)));
            }
            warnIfGone(ours);
            warnIfGone(frost);
            memory.put("ours", memory(ours));
            memory.put("frost", memory(frost));
            version = pg.version();
        }
        if (options.runs("bulk")) {
            results.add(bulk());
        }
        return new Report(options.size().name(), data.totalObservations(), version, results, memory);
    }

    /**
     * The {@code bulk} scenario, after both servers have stopped: as many observations as the
     * data set, in generated SBE37 output, through the EGIM adapter's ingest pipeline as the
     * server runs it (catalogue, quality control, write path), against raw COPY of the rows it
     * stored into the same table ({@link IngestBench}, on a cluster of its own).
     */
    private ScenarioResult bulk() {
        log("write scenario bulk (EGIM adapter ingest against raw COPY of the same rows)");
        try {
            Path work = Files.createDirectories(options.workDir().resolve("ingest"));
            IngestReport r = new IngestBench(new IngestOptions(data.totalObservations(), IngestPipeline.DEFAULT_BATCH,
                    IngestPipeline.DEFAULT_WRITERS, true, work, IngestBenchMain.configDir(), null)).run();
            return ScenarioResult.againstCopy("bulk", Measurement.of(r.ingestRate()), Measurement.of(r.copyRate()));
        } catch (IOException | SQLException | RuntimeException e) {
            return ScenarioResult.againstCopy("bulk", Measurement.notAvailable(e.toString()),
                    Measurement.notAvailable("not measured"));
        }
    }

    private ScenarioResult load(PgCluster pg, Catalogue ourIds, Catalogue frostIds) throws SQLException, IOException {
        double ours;
        try (Database db = Database.open(new DbSettings(pg.url(PgCluster.OURS), pg.user(), pg.password(), 4))) {
            ours = ObservationLoader.loadOurs(db.dataSource(), data, ourIds);
        }
        Measurement copy = Measurement.notAvailable("not selected");
        try (Connection c = pg.connect(PgCluster.OURS)) {
            if (options.runs("load")) {
                copy = Measurement.of(CopyLoader.copyBaseline(c, data, ourIds));
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE " + CopyLoader.BASELINE_TABLE);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE observations");
            }
        }
        try (Connection c = pg.connect(PgCluster.FROST)) {
            CopyLoader.loadFrost(c, data, frostIds);
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE \"OBSERVATIONS\"");
            }
        }
        return ScenarioResult.againstCopy("load", Measurement.of(ours), copy);
    }

    private List<ScenarioResult> writes(WriteScenarios ours, WriteScenarios frost) throws InterruptedException {
        List<ScenarioResult> out = new ArrayList<>();
        int posts = options.size().posts();
        for (int clients : new int[] {1, 8}) {
            String name = "post-" + clients;
            if (options.runs(name)) {
                log("write scenario " + name);
                List<Measurement> o = ours.post(clients, posts);
                List<Measurement> f = frost.post(clients, posts);
                out.add(ScenarioResult.write(name, o.get(0), f.get(0)));
                out.add(new ScenarioResult(name + "-latency", "write", "ms", o.get(1), f.get(1), null));
            }
        }
        if (options.runs("dataarray")) {
            log("write scenario dataarray");
            int requests = Math.max(3, posts / 100);
            out.add(ScenarioResult.write("dataarray", ours.dataArray(requests), frost.dataArray(requests)));
        }
        return out;
    }

    private static Map<String, Long> memory(ServerProcess server) {
        Map<String, Long> m = new LinkedHashMap<>();
        server.memoryKiB("VmRSS").ifPresent(v -> m.put("vmRssKiB", v));
        server.memoryKiB("VmHWM").ifPresent(v -> m.put("vmHwmKiB", v));
        m.putAll(new java.util.TreeMap<>(server.heapKiB()));
        return m;
    }

    private static void warnIfGone(ServerProcess server) {
        if (!server.alive()) {
            log("WARNING: the server at " + server.serviceRoot() + " (pid " + server.pid()
                    + ") exited during the run; its later scenarios are not available");
        }
    }

    private static void log(String message) {
        System.err.println("bench: " + message);
    }
}
