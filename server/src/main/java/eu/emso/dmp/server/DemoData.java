package eu.emso.dmp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.PathSegment;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the built-in OBSEA sample (real CTD values of February 2014) into an empty server, so a
 * new user sees data at once.
 */
final class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {
    }

    static void loadIfEmpty(EntityStore store) {
        if (!store.readCollection(Version.V11, set(EntityType.THING), QueryOptions.none()).rows().isEmpty()) {
            return;
        }
        JsonNode demo;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/obsea-demo.json")) {
            demo = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long sensor = store.create(set(EntityType.SENSOR), demo.get("Sensor"));
        ObjectNode thing = (ObjectNode) demo.get("Thing");
        for (JsonNode ds : thing.withArray("Datastreams")) {
            ((ObjectNode) ds).putObject("Sensor").put("@iot.id", sensor);
        }
        long id = store.create(set(EntityType.THING), thing);
        LOG.info("loaded the OBSEA demo data: Thing {}", id);
    }

    private static ResourcePath set(EntityType type) {
        return new ResourcePath(List.of(new PathSegment(type, null, null)), null, false, false);
    }
}
