package eu.emso.dmp.server.qc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.db.Database;
import eu.emso.dmp.model.db.EmbeddedPostgres;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.HistoryStore;
import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.model.store.ObservationStage;
import eu.emso.dmp.model.store.StoreSettings;
import eu.emso.dmp.server.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A real embedded PostGIS with the schema and an entity store whose write path runs quality
 * control with the shipped site defaults ({@code config/qc}). The temporary directory is created
 * with mode 0755 so that PostgreSQL, run as an unprivileged user when the tests run as root, can
 * traverse it.
 */
final class QcDatabase implements AutoCloseable {
    static final Path SITE_DEFAULTS = Path.of("..", "config", "qc");
    private final Path dir;
    private final EmbeddedPostgres pg;
    private final Database db;
    final ConfigResolver resolver = new ConfigResolver(SiteDefaults.load(SITE_DEFAULTS));
    final EntityStore store;
    final EntityStore plainStore;

    QcDatabase() throws IOException {
        dir = TempDirs.create("dmp-qc-test");
        pg = EmbeddedPostgres.start(dir.resolve("postgres"));
        db = Database.open(pg.settings(4));
        store = new EntityStore(db.dataSource(), StoreSettings.defaults(), List.of(new QcStage(resolver)));
        plainStore = new EntityStore(db.dataSource(), StoreSettings.defaults());
    }

    /** Another store on the same database, with these write-path stages. */
    EntityStore store(List<ObservationStage> stages) {
        return new EntityStore(db.dataSource(), StoreSettings.defaults(), stages);
    }

    HistoryStore history() {
        return new HistoryStore(db.dataSource());
    }

    /** Creates a Datastream of ObservedProperty {@code code} with these properties; returns its id. */
    long datastream(String code, JsonNode properties) {
        ObjectNode ds = Json.mapper().createObjectNode().put("name", code + " test").put("description", "test")
                .put("observationType", "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement");
        ds.putObject("unitOfMeasurement").put("name", "unit").put("symbol", "u").put("definition", "u");
        if (properties != null) {
            ds.set("properties", properties);
        }
        ds.putObject("Thing").put("name", "OBSEA").put("description", "test site");
        ds.putObject("Sensor").put("name", "SBE37").put("description", "CTD").put("encodingType", "text/plain")
                .put("metadata", "none");
        ds.putObject("ObservedProperty").put("name", code).put("definition", "def").put("description", code);
        return store.create(ResourcePathParser.parse("Datastreams"), ds);
    }

    /** A FeatureOfInterest to attach observations to. */
    long feature() {
        ObjectNode f = Json.mapper().createObjectNode().put("name", "OBSEA").put("description", "site")
                .put("encodingType", "application/geo+json");
        f.putObject("feature").put("type", "Point").putArray("coordinates").add(1.7527).add(41.1819);
        return store.create(ResourcePathParser.parse("FeaturesOfInterest"), f);
    }

    /** The stored observations of a Datastream in time order. */
    List<Stored> stored(long datastreamId) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT phenomenon_time_start, dmp_result_quality(qc_flag, qc_tests, qc_config, result_quality)::text, "
                        + "qc_flag FROM observations "
                        + "WHERE datastream_id = ? ORDER BY phenomenon_time_start")) {
            ps.setLong(1, datastreamId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Stored(rs.getObject(1, OffsetDateTime.class), Json.mapper().readTree(rs.getString(2)),
                            rs.getShort(3)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The stored result_quality column of a Datastream's observations in time order. */
    List<String> rawQuality(long datastreamId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT result_quality::text FROM observations WHERE datastream_id = ? ORDER BY phenomenon_time_start")) {
            ps.setLong(1, datastreamId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** {@code json} as PostgreSQL prints it once stored as jsonb. */
    String jsonb(String json) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT CAST(? AS jsonb)::text")) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Runs a statement (test data set-up at scale). */
    void execute(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        }
    }

    /** The plan PostgreSQL chooses for a query. */
    String explain(String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** An observation with these fields. */
    static ObservationRow row(long ds, long feature, OffsetDateTime t, double v, String parameters, String quality) {
        return new ObservationRow(ds, feature, t, t, t, null, null, (short) 0, v, Double.toString(v), null, quality,
                parameters, null);
    }

    /** A stored observation's time, resultQuality and qc_flag column. */
    record Stored(OffsetDateTime time, JsonNode quality, short flag) {
    }

    @Override
    public void close() throws IOException {
        db.close();
        pg.close();
        TempDirs.delete(dir);
    }
}
