package eu.emso.dmp.server;

import eu.emso.dmp.egim.catalogue.Bundled;
import eu.emso.dmp.egim.ingest.IngestCounts;
import eu.emso.dmp.egim.parse.Formats;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.PathSegment;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the real OBSEA sample (the hourly Copernicus time series of February 2014: CTD and
 * surface meteorological station) into an empty server through the ingest pipeline, so a new
 * user sees real data at once, placed on the OBSEA EGIM node of the site catalogue.
 */
final class DemoData {
    /** The sample, bundled with the EGIM adapter. */
    static final String RESOURCE = "demo/MO_TS_MO_OBSEA_201402.csv";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {
    }

    static void loadIfEmpty(DmpServer server) {
        EntityStore store = server.entityStore();
        if (!store.readCollection(Version.V11, set(EntityType.THING), QueryOptions.none()).rows().isEmpty()) {
            return;
        }
        try (InputStream in = Bundled.open(RESOURCE)) {
            IngestCounts c = server.ingestService().ingest(in, Formats.OCEANSITES_CSV, "obsea",
                    "MO_TS_MO_OBSEA_201402.csv", Map.of());
            LOG.info("loaded the OBSEA demo data: {} observations from {} records", c.observations(), c.records());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the demo user. */
    static final String USER = "demo";

    /**
     * Gives the demo user (a writer) a new random password and returns it, so that the demo can
     * print credentials that work; the password is stored only as its hash.
     */
    static String user(DmpServer server) {
        String password = eu.emso.dmp.server.auth.Passwords.generate();
        server.accounts().addUser(USER, eu.emso.dmp.server.auth.Role.WRITER, List.of(), password);
        return password;
    }

    private static ResourcePath set(EntityType type) {
        return new ResourcePath(List.of(new PathSegment(type, null, null)), null, false, false);
    }
}
