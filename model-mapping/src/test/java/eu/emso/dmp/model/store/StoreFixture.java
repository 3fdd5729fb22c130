package eu.emso.dmp.model.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.db.Database;
import eu.emso.dmp.model.db.EmbeddedPostgres;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.query.QueryParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one database of the store tests: an embedded PostgreSQL/PostGIS cluster in a temporary
 * directory (mode 0755, so that an unprivileged server account can enter it), migrated by
 * {@link Database#open}, with an {@link EntityStore} on top. Started lazily by the first test
 * class that asks for it and stopped, with its directory removed, when the JVM exits. Test
 * classes share it and keep their data apart by distinct names. Lock waits are limited to two
 * seconds, so that a locking defect fails its test rather than hanging the build. Thread-safe.
 */
final class StoreFixture {
    private static final String LOCK_TIMEOUT = "2s";
    private final Path dir;
    private final EmbeddedPostgres pg;
    private final Database db;
    private final EntityStore store;

    private StoreFixture(Path dir, EmbeddedPostgres pg, Database db) {
        this.dir = dir;
        this.pg = pg;
        this.db = db;
        this.store = new EntityStore(db.dataSource(), StoreSettings.defaults());
    }

    /** The shared fixture, started on first use. */
    static StoreFixture get() {
        return Holder.INSTANCE;
    }

    /** The store under test. */
    EntityStore store() {
        return store;
    }

    /** The pooled connections of the database, for stores with other settings or stages. */
    javax.sql.DataSource dataSource() {
        return db.dataSource();
    }

    /** Parses {@code json} with the server's mapper (numbers keep their digits). */
    static JsonNode json(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad test JSON: " + json, e);
        }
    }

    /** Parses a resource path such as {@code Things(1)/Datastreams}. */
    static ResourcePath path(String path) {
        return ResourcePathParser.parse(path);
    }

    /** Query options from name/value pairs, e.g. {@code options("$filter", "id eq 1", "$top", "2")}. */
    static QueryOptions options(String... nameValue) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            params.put(nameValue[i], List.of(nameValue[i + 1]));
        }
        return QueryParser.parse(params);
    }

    /** POSTs {@code json} to the collection {@code path}; returns the new id. */
    long create(String path, String json) {
        return store.create(path(path), json(json));
    }

    /** Reads a page of the collection {@code path} with the given options (name/value pairs). */
    EntitySet read(String path, String... nameValue) {
        return store.readCollection(Version.V11, path(path), options(nameValue));
    }

    /** Reads the entity {@code path} addresses. */
    EntityRow entity(String path, String... nameValue) {
        return store.readEntity(Version.V11, path(path), options(nameValue));
    }

    /** The ids of the page {@link #read} returns, in order. */
    List<Long> ids(String path, String... nameValue) {
        return read(path, nameValue).rows().stream().map(EntityRow::id).toList();
    }

    /**
     * Creates a Thing named {@code thing} at ({@code lon}, {@code lat}) with one Datastream (and a
     * new Sensor and ObservedProperty) through a deep insert; returns the Datastream's id.
     */
    long datastream(String thing, double lon, double lat) {
        long id = create("Things", """
                {"name": "%s", "description": "station of the store tests",
                 "Locations": [{"name": "%s site", "description": "mooring", "encodingType": "application/geo+json",
                                "location": {"type": "Point", "coordinates": [%s, %s]}}],
                 "Datastreams": [{"name": "%s temperature", "description": "sea water temperature",
                   "unitOfMeasurement": {"name": "degree Celsius", "symbol": "degC", "definition": "ucum:Cel"},
                   "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                   "Sensor": {"name": "SBE37 %s", "description": "CTD", "encodingType": "text/plain", "metadata": "SBE37"},
                   "ObservedProperty": {"name": "TEMP", "definition": "http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/",
                                        "description": "sea water temperature"}}]}
                """.formatted(thing, thing, lon, lat, thing, thing));
        return ids("Things(" + id + ")/Datastreams").get(0);
    }

    /** POSTs an Observation with this phenomenon time and result (a JSON value) to the Datastream. */
    long observe(long datastream, String phenomenonTime, String result) {
        return create("Datastreams(" + datastream + ")/Observations",
                "{\"phenomenonTime\": \"" + phenomenonTime + "\", \"result\": " + result + "}");
    }

    private static StoreFixture start() {
        try {
            Path dir = Files.createTempDirectory("dmp-store-test",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            EmbeddedPostgres pg = EmbeddedPostgres.start(dir.resolve("cluster"));
            limitLockWaits(pg);
            StoreFixture f = new StoreFixture(dir, pg, Database.open(pg.settings(4)));
            Runtime.getRuntime().addShutdownHook(new Thread(f::stop, "dmp-store-test-stop"));
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A lock wait that outlasts {@value #LOCK_TIMEOUT} fails the statement instead of hanging
     * the suite, so that a locking defect shows as a failed test. Applies to every later session.
     */
    private static void limitLockWaits(EmbeddedPostgres pg) {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + EmbeddedPostgres.DATABASE + " SET lock_timeout = '" + LOCK_TIMEOUT + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot configure the test database", e);
        }
    }

    private void stop() {
        db.close();
        pg.close();
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory left behind harms nothing
        }
    }

    /** Lazy, thread-safe initialisation of the one instance. */
    private static final class Holder {
        static final StoreFixture INSTANCE = start();
    }
}
