package eu.emso.dmp.egim.catalogue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.QueryParser;
import eu.emso.dmp.model.store.EntityStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates or finds the SensorThings entities of the catalogue, idempotently: every entity it
 * creates carries a stable {@code properties.emso_key}, and an entity with that key is looked up
 * before one is created, so a restart, a second ingest or a second server start never creates a
 * duplicate. Ids found are cached for the life of this object.
 *
 * <p>Thread-safe: creation is serialised on this object, so two ingests in one process cannot
 * create the same entity twice.
 */
public final class CatalogueWriter {
    /** The property holding an entity's stable catalogue key. */
    public static final String KEY = "emso_key";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final EntityStore store;
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    public CatalogueWriter(EntityStore store) {
        this.store = store;
    }

    /** The Thing of the site (with its Location), created on first use. */
    public long thing(Site site) {
        return ensure("Things", "site:" + site.id(), () -> {
            ObjectNode t = named(site.platform().name(), site.platform().description());
            ObjectNode props = JSON.objectNode();
            props.setAll(Entities.tree(site.platform().properties()));
            t.set("properties", props);
            t.withArray("Locations").add(Entities.location(site.location()));
            return t;
        });
    }

    /** The sampling point of the site as a FeatureOfInterest. */
    public long feature(Site site) {
        return ensure("FeaturesOfInterest", "foi:" + site.id(), () -> Entities.feature(site));
    }

    /** The Sensor of an instrument of the site. */
    public long sensor(Site site, Instrument instrument) {
        return ensure("Sensors", "sensor:" + site.id() + "/" + instrument.key(), () -> Entities.sensor(instrument));
    }

    /** The ObservedProperty of a parameter (shared by all sites: keyed by its OceanSITES code). */
    public long observedProperty(Site.Parameter parameter) {
        return ensure("ObservedProperties", "parameter:" + parameter.code(), () -> {
            ObjectNode o = named(parameter.code(), parameter.name());
            o.put("definition", parameter.definition());
            o.putObject("properties").put("standard_name", parameter.standardName());
            return o;
        });
    }

    /**
     * The Datastream of (platform, instrument, parameter), with its unit.
     *
     * @param variant empty for the catalogued channel; else what tells this Datastream apart
     *                (e.g. {@code [counts]} for raw output in another unit than the catalogue's)
     */
    public long datastream(Site site, Instrument instrument, Site.Parameter parameter, Site.Unit unit,
                           String variant) {
        String key = "datastream:" + site.id() + "/" + instrument.key() + "/" + parameter.code() + variant;
        Long found = ids.get(key);
        if (found != null) {
            return found;
        }
        long thing = thing(site);
        long sensor = sensor(site, instrument);
        long property = observedProperty(parameter);
        return ensure("Datastreams", key, () -> Entities.datastream(site, instrument, parameter, unit,
                variant, new long[] {thing, sensor, property}));
    }

    private long ensure(String set, String key, java.util.function.Supplier<ObjectNode> body) {
        Long id = ids.get(key);
        if (id != null) {
            return id;
        }
        synchronized (this) {
            id = ids.get(key);
            if (id == null) {
                id = find(set, key);
                if (id == null) {
                    ObjectNode b = body.get();
                    ObjectNode props = b.has("properties") ? (ObjectNode) b.get("properties") : b.putObject("properties");
                    props.put(KEY, key);
                    id = store.create(ResourcePathParser.parse(set), b);
                }
                ids.put(key, id);
            }
            return id;
        }
    }

    private Long find(String set, String key) {
        String literal = "'" + key.replace("'", "''") + "'";
        List<EntityRow> rows = store.readCollection(Version.V11, ResourcePathParser.parse(set),
                QueryParser.parse(Map.of("$filter", List.of("properties/" + KEY + " eq " + literal),
                        "$top", List.of("1"), "$orderby", List.of("id asc")))).rows();
        return rows.isEmpty() ? null : rows.get(0).id();
    }

    static ObjectNode named(String name, String description) {
        ObjectNode o = JSON.objectNode();
        o.put("name", name);
        o.put("description", description == null || description.isBlank() ? name : description);
        return o;
    }
}
