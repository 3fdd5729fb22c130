package eu.emso.dmp.model.store;

import static eu.emso.dmp.model.store.Words.article;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.entity.Link;
import eu.emso.dmp.model.entity.Navigation;
import eu.emso.dmp.model.entity.Property;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates entities from their JSON representation, with deep insert and links by
 * {@code @iot.id} (OGC 18-088, 10.2), inside the caller's transaction. Observations go through
 * the {@link ObservationWriter}. Not thread-safe: one instance per request.
 */
final class EntityWriter {
    private final Connection c;
    private final ObservationWriter observations;
    private final ChangeLog changes;

    EntityWriter(Connection c, ObservationWriter observations, ChangeLog changes) {
        this.c = c;
        this.observations = observations;
        this.changes = changes;
    }

    /**
     * Creates an entity of {@code type} from {@code body}; when it is created through the
     * navigation property {@code via} of the entity {@code parentId}, it is linked to it.
     */
    long create(EntityType type, JsonNode body, Navigation via, Long parentId) throws SQLException {
        if (!body.isObject()) {
            throw new InvalidEntityException(article(type) + " " + type.singular() + " must be a JSON object");
        }
        checkNames(type, body);
        Map<String, Object> cols = Decoded.properties(type, body, true);
        Navigation up = via == null ? null : via.inverse();
        for (Navigation n : type.navigations()) {
            if (n.link() instanceof Link.SourceKey k) {
                Long id = body.has(n.name()) ? Long.valueOf(resolve(n.target(), body.get(n.name())))
                        : (n == up ? parentId : null);
                if (id == null && n.required()) {
                    throw new InvalidEntityException(article(type) + " " + type.singular() + " needs its '" + n.name() + "'");
                }
                if (id != null) {
                    cols.put(k.column(), id);
                }
            }
        }
        long id;
        if (type == EntityType.OBSERVATION) {
            id = insertObservation(cols);
        } else {
            id = Rows.insert(c, type, cols);
            changes.created(type, id);
        }
        if (via != null && via.link() instanceof Link.Table) {
            Links.link(c, via, parentId, id);
        }
        createMany(type, id, body);
        afterCreate(type, id, body);
        return id;
    }

    /** Links and creates to-many members; Locations first, since new Observations may need them. */
    private void createMany(EntityType type, long id, JsonNode body) throws SQLException {
        java.util.List<Navigation> navs = new java.util.ArrayList<>(type.navigations());
        navs.sort(java.util.Comparator.comparing(n -> n.link() instanceof Link.Table ? 0 : 1));
        for (Navigation n : navs) {
            JsonNode v = body.get(n.name());
            if (!n.toMany() || v == null) {
                continue;
            }
            if (!v.isArray()) {
                throw new InvalidEntityException("'" + n.name() + "' must be a JSON array");
            }
            for (JsonNode item : v) {
                Long ref = reference(item);
                if (ref != null) {
                    Links.link(c, n, id, ref);
                } else {
                    create(n.target(), item, n, id);
                }
            }
        }
    }

    /** History of Thing locations (OGC 18-088, 8.2.3): created with Locations, or a Location with Things. */
    private void afterCreate(EntityType type, long id, JsonNode body) throws SQLException {
        if (type == EntityType.THING && body.has("Locations")) {
            Links.recordHistory(c, id);
        }
        if (type == EntityType.MULTI_DATASTREAM) {
            MultiDatastreams.checkShape(c, id, body);
        }
        if (type == EntityType.LOCATION && body.has("Things")) {
            for (long thing : Rows.longs(c, "SELECT thing_id FROM thing_locations WHERE location_id = ?", id)) {
                Links.recordHistory(c, thing);
            }
        }
    }

    /**
     * Creates an entity posted to a collection path; a Location posted to a Thing's Locations
     * becomes that Thing's current location.
     */
    long createAt(EntityType type, JsonNode body, Navigation via, Long parentId) throws SQLException {
        long id = create(type, body, via, parentId);
        if (type == EntityType.LOCATION && via != null && via.source() == EntityType.THING) {
            Links.recordHistory(c, parentId);
        }
        return id;
    }

    /** The id of an existing entity named by {@code {"@iot.id": n}}, or of one created from the object. */
    private long resolve(EntityType type, JsonNode v) throws SQLException {
        Long ref = reference(v);
        if (ref == null) {
            return create(type, v, null, null);
        }
        if (!Rows.exists(c, type, ref)) {
            throw new InvalidEntityException("there is no " + type.singular() + " with id " + ref);
        }
        return ref;
    }

    /** The id of a reference object ({@code @iot.id} only), or null for an entity to create. */
    static Long reference(JsonNode v) {
        if (!v.isObject()) {
            throw new InvalidEntityException("expected a JSON object, found: " + v);
        }
        JsonNode id = v.get("@iot.id");
        if (id == null) {
            return null;
        }
        if (!id.canConvertToLong() || !id.isIntegralNumber() && !id.isTextual()) {
            throw new InvalidEntityException("'@iot.id' must be an integer, found: " + id);
        }
        try {
            return id.isTextual() ? Long.valueOf(id.asText()) : id.asLong();
        } catch (NumberFormatException e) {
            throw new InvalidEntityException("'@iot.id' must be an integer, found: " + id);
        }
    }

    /** Stores one Observation through the write path; a resend of a stored one returns its id. */
    private long insertObservation(Map<String, Object> cols) throws SQLException {
        ObservationRow row = observationRow(cols, true);
        // the Datastream and feature were resolved above, in this transaction
        WriteOutcome out = observations.insert(c, List.of(row), true).get(0);
        if (out.status() == WriteOutcome.Status.CREATED) {
            changes.created(EntityType.OBSERVATION, out.id());
        }
        return storedId(row, out);
    }

    /**
     * The id a client gets for an Observation it created: the new or the already stored
     * observation; a different result already stored under its key is a {@link ConflictException}.
     */
    static long storedId(ObservationRow row, WriteOutcome out) {
        if (out.status() == WriteOutcome.Status.CONFLICT) {
            boolean multi = row.multiDatastreamId() != null;
            throw new ConflictException((multi ? "MultiDatastream " + row.multiDatastreamId()
                    : "Datastream " + row.datastreamId())
                    + " already has a different result at this phenomenonTime: Observations(" + out.id()
                    + "); update that Observation instead");
        }
        return out.id();
    }

    /**
     * The row of an Observation posted to a collection, resolved and checked but not stored, when
     * storing it is all that creating it takes: every entity it names is a reference by
     * {@code @iot.id} (Datastreams and features are checked by the write path, with the rest of
     * its batch) or the feature generated earlier for its Thing's Location. Null when its
     * creation also writes other entities; it must then be created with {@link #createAt}.
     */
    ObservationRow observationRow(JsonNode body, Navigation via, Long parentId) throws SQLException {
        if (!body.isObject()) {
            throw new InvalidEntityException("an Observation must be a JSON object");
        }
        checkNames(EntityType.OBSERVATION, body);
        Map<String, Object> cols = Decoded.properties(EntityType.OBSERVATION, body, true);
        Navigation up = via == null ? null : via.inverse();
        for (Navigation n : EntityType.OBSERVATION.navigations()) {
            if (!(n.link() instanceof Link.SourceKey k)) {
                continue;
            }
            Long id = n == up ? parentId : null;
            if (body.has(n.name())) {
                id = reference(body.get(n.name()));
                if (id == null) {
                    return null;
                }
                // with its feature named too, a Datastream or feature that does not exist fails the
                // write path's reference check; else the feature is found through the Datastream
                if (n.target() == EntityType.MULTI_DATASTREAM || !body.has("FeatureOfInterest")) {
                    id = resolve(n.target(), body.get(n.name()));
                }
            }
            if (id != null) {
                cols.put(k.column(), id);
            }
        }
        return observationRow(cols, false);
    }

    /**
     * The row of an Observation from its columns; the feature generated from its Thing's Location
     * is created when {@code createFeature}, else a missing one gives null.
     */
    private ObservationRow observationRow(Map<String, Object> cols, boolean createFeature) throws SQLException {
        if (cols.get("phenomenon_time_start") == null) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            cols.put("phenomenon_time_start", now);
            cols.put("phenomenon_time_end", now);
        }
        Long datastream = (Long) cols.get("datastream_id");
        Long multi = (Long) cols.get("multi_datastream_id");
        if ((datastream == null) == (multi == null)) {
            throw new InvalidEntityException("an Observation needs either its 'Datastream' or its 'MultiDatastream'");
        }
        String stream = multi == null ? "datastreams" : "multi_datastreams";
        long streamId = multi == null ? datastream : multi;
        if (multi != null) {
            MultiDatastreams.checkResult(c, multi, cols);
        }
        Long featureId = (Long) cols.get("feature_id");
        if (featureId == null) {
            featureId = createFeature ? Long.valueOf(Features.forStream(c, stream, streamId))
                    : Features.generated(c, stream, streamId);
            if (featureId == null) {
                return null;
            }
        }
        ObservationRow row = ObservationRows.of(multi == null ? datastream : 0, featureId, cols);
        return multi == null ? row : ObservationRows.ofMulti(row, multi);
    }

    /** Rejects members that are neither properties nor navigation properties of the type. */
    static void checkNames(EntityType type, JsonNode body) {
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.startsWith("@iot.") || name.contains("@iot.")) {
                continue;
            }
            if (type.property(name) == null && type.navigation(name) == null) {
                throw new InvalidEntityException("'" + name + "' is not a property of " + type.singular());
            }
        }
    }
}
