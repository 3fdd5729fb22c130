package eu.emso.dmp.bench;

import eu.emso.dmp.egim.catalogue.SiteFiles;
import eu.emso.dmp.egim.catalogue.Sites;
import eu.emso.dmp.egim.ingest.IngestCounts;
import eu.emso.dmp.egim.ingest.IngestPipeline;
import eu.emso.dmp.egim.ingest.IngestRequest;
import eu.emso.dmp.egim.ingest.Parsers;
import eu.emso.dmp.egim.parse.Formats;
import eu.emso.dmp.egim.parse.RawRecord;
import eu.emso.dmp.model.db.Database;
import eu.emso.dmp.model.db.DbSettings;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.ObservationStage;
import eu.emso.dmp.model.store.QuarantineStore;
import eu.emso.dmp.model.store.StoreSettings;
import eu.emso.dmp.server.qc.ConfigResolver;
import eu.emso.dmp.server.qc.QcStage;
import eu.emso.dmp.server.qc.SiteDefaults;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The ingest benchmark ({@code ./dmp bench-ingest}): generated SBE37 CTD output goes through the
 * ingest pipeline as the server runs it (OBSEA site catalogue, quality control stage, the one
 * write path, quarantine), timed from the first byte read to the last batch committed; then the
 * very rows it stored are dumped, the table is emptied and the same rows are loaded again with a
 * raw {@code COPY} into the same observation table, timed. Both run on the embedded
 * PostgreSQL of the benchmarks, one after the other, each after a {@code CHECKPOINT}. Memory of
 * this process is sampled when a tenth, half and all of the input has been read. Not thread-safe.
 */
public final class IngestBench {
    /** The columns the raw COPY writes: all that the ingest fills, ids come from the sequence as there. */
    static final String COLUMNS = "datastream_id, feature_id, phenomenon_time_start, phenomenon_time_end, result_time,"
            + " result_type, result_number, result_string, result_json, result_quality, parameters, qc_flag";
    private final IngestOptions options;

    public IngestBench(IngestOptions options) {
        this.options = options;
    }

    /** Generates the input, runs the ingest and the raw COPY, and checks both stored every row. */
    public IngestReport run() throws IOException, SQLException {
        long samples = Math.max(1, options.observations() / Sbe37File.VALUES_PER_LINE);
        long observations = samples * Sbe37File.VALUES_PER_LINE;
        Path input = Files.createDirectories(options.workDir()).resolve("sbe37-bench.txt");
        log("writing " + samples + " SBE37 sample lines (" + observations + " observations) to " + input);
        long bytes = Sbe37File.write(input, samples);
        try (PgCluster pg = PgCluster.start(options.workDir().resolve("pg"));
             Database db = Database.open(new DbSettings(pg.url(PgCluster.OURS), pg.user(), pg.password(), 4));
             Connection c = pg.connect(PgCluster.OURS)) {
            execute(c, "TRUNCATE observations, ingest_quarantine");
            IngestRequest request = new IngestRequest(Formats.SBE37_ASCII, "obsea", input.getFileName().toString(), 0,
                    Map.of());
            log("parsing alone");
            double parseRate = parseOnly(input, request, observations);
            log("ingesting through the pipeline, batches of " + options.batch() + ", " + options.writers() + " writers"
                    + (options.qc() ? "" : ", without quality control"));
            execute(c, "CHECKPOINT");
            List<ProcessMemory> memory = new ArrayList<>();
            long start = System.nanoTime();
            IngestCounts counts = ingest(pipeline(db), input, request, samples, memory);
            double ingestSeconds = ObservationLoader.seconds(start);
            check(counts, samples, observations);
            log("raw COPY of the same rows");
            double copySeconds = copyAgain(c, observations);
            Files.delete(input);
            return new IngestReport(observations, samples + Sbe37File.HEADER_LINES, bytes, options.batch(),
                    options.writers(), options.qc(), pg.version(), parseRate, observations / ingestSeconds, ingestSeconds,
                    observations / copySeconds, copySeconds, counts, memory);
        }
    }

    private IngestPipeline pipeline(Database db) throws IOException {
        List<ObservationStage> stages = options.qc()
                ? List.of(new QcStage(new ConfigResolver(SiteDefaults.load(options.configDir().resolve("qc")))))
                : List.of();
        EntityStore store = new EntityStore(db.dataSource(), StoreSettings.defaults(), stages);
        Path sitesDir = options.configDir().resolve("sites");
        SiteFiles files = new SiteFiles();
        Sites sites = new Sites(Files.isDirectory(sitesDir) ? files.readDirectory(sitesDir) : files.builtIn(List.of("obsea.json")));
        return new IngestPipeline(store, new QuarantineStore(db.dataSource()), sites, options.batch(),
                options.writers());
    }

    /** The parser's rate on its own (reading, splitting, number and date parsing), observations per second. */
    private static double parseOnly(Path input, IngestRequest request, long observations) throws IOException {
        long[] values = new long[1];
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(input)) {
            Parsers.forRequest(request).parse(in, e -> {
                if (e instanceof RawRecord r) {
                    values[0] += r.measurements().size();
                }
            });
        }
        double seconds = ObservationLoader.seconds(start);
        if (values[0] != observations) {
            throw new IllegalStateException("the parser found " + values[0] + " values, expected " + observations);
        }
        return observations / seconds;
    }

    private static IngestCounts ingest(IngestPipeline pipeline, Path input, IngestRequest request, long samples,
                                       List<ProcessMemory> memory) throws IOException {
        long h = Sbe37File.HEADER_LINES;
        long[] marks = {h + samples / 10, h + samples / 2, h + samples};
        try (InputStream in = new LineProgress(Files.newInputStream(input), marks,
                lines -> memory.add(ProcessMemory.sample((lines - h) * Sbe37File.VALUES_PER_LINE)))) {
            IngestCounts counts = pipeline.ingest(in, request);
            memory.add(ProcessMemory.sample(counts.observations()));
            return counts;
        }
    }

    private static void check(IngestCounts counts, long samples, long observations) {
        if (counts.observations() != observations || counts.records() != samples || counts.quarantined() != 0
                || counts.lines() != samples + Sbe37File.HEADER_LINES) {
            throw new IllegalStateException("the ingest did not store every value once: " + counts);
        }
    }

    /** Dumps what the ingest stored, empties the table, loads the dump with one COPY; its seconds. */
    private double copyAgain(Connection c, long observations) throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Path dump = options.workDir().resolve("observations.copy");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dump), 1 << 16)) {
            copy.copyOut("COPY (SELECT " + COLUMNS + " FROM observations) TO STDOUT", out);
        }
        execute(c, "TRUNCATE observations");
        execute(c, "CHECKPOINT");
        long start = System.nanoTime();
        long rows;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dump), 1 << 16)) {
            rows = copy.copyIn("COPY observations (" + COLUMNS + ") FROM STDIN", in);
        }
        double seconds = ObservationLoader.seconds(start);
        Files.delete(dump);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM observations")) {
            rs.next();
            if (rows != observations || rs.getLong(1) != observations) {
                throw new IllegalStateException("raw COPY loaded " + rows + " rows, expected " + observations);
            }
        }
        return seconds;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void log(String message) {
        System.err.println("bench-ingest: " + message);
    }
}
