package eu.emso.dmp.server.sta.dataarray;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.PathException;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.query.QueryParser;
import eu.emso.dmp.model.store.ConflictException;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.ObservationDecoder;
import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.model.store.WriteOutcome;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the rows of one Datastream of a CreateObservations request: decodes each row (a bad
 * row becomes an error answer of its own), then hands all good rows to
 * {@link EntityStore#writeObservations} in one call, so one transaction. A resend of a stored
 * Observation answers its self link; another result at the same phenomenon time is an error.
 * Not thread-safe: one instance per group.
 */
final class GroupWriter {
    private final EntityStore store;
    private final String root;
    private final DataArrayGroup group;
    private final Map<Long, Boolean> features = new HashMap<>();
    private Long defaultFeature;
    private int arity;
    private String defaultFeatureError;

    GroupWriter(EntityStore store, String root, DataArrayGroup group) {
        this.store = store;
        this.root = root;
        this.group = group;
    }

    /** One answer per row, in order: the self link of its Observation, or {@code error: <reason>}. */
    List<String> write() {
        String[] answers = new String[group.rows().size()];
        if (!exists(group.streamSet(), group.datastreamId())) {
            Arrays.fill(answers, error("there is no " + group.streamType() + " with id " + group.datastreamId()));
            return Arrays.asList(answers);
        }
        arity = group.multi() ? observedProperties() : -1;
        List<ObservationRow> rows = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            try {
                rows.add(decode(group.rows().get(i)));
                positions.add(i);
            } catch (InvalidEntityException | BadRequest e) {
                answers[i] = error("row " + i + ": " + e.getMessage());
            }
        }
        List<WriteOutcome> outcomes;
        try {
            outcomes = store.writeObservations(rows);
        } catch (InvalidEntityException | ConflictException e) {
            positions.forEach(i -> answers[i] = error(e.getMessage()));
            return Arrays.asList(answers);
        }
        for (int k = 0; k < outcomes.size(); k++) {
            WriteOutcome o = outcomes.get(k);
            answers[positions.get(k)] = o.status() == WriteOutcome.Status.CONFLICT
                    ? error(group.streamType() + " " + group.datastreamId() + " already has a different result at this "
                    + "phenomenonTime: Observations(" + o.id() + ")")
                    : root + "/Observations(" + o.id() + ")";
        }
        return Arrays.asList(answers);
    }

    private ObservationRow decode(JsonNode row) {
        List<Component> components = group.components();
        if (!row.isArray()) {
            throw new BadRequest("a row must be a JSON array, found: " + row);
        }
        if (row.size() != components.size()) {
            throw new BadRequest("the row has " + row.size() + " values for " + components.size() + " components");
        }
        ObjectNode observation = Json.mapper().createObjectNode();
        Long feature = null;
        for (int j = 0; j < components.size(); j++) {
            JsonNode v = row.get(j);
            if (components.get(j) == Component.FEATURE_OF_INTEREST_ID) {
                if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                    throw new BadRequest("'FeatureOfInterest/id' must be an integer, found: " + v);
                }
                feature = v.asLong();
            } else {
                observation.set(components.get(j).text(), v);
            }
        }
        long featureId = feature != null ? existingFeature(feature) : defaultFeature();
        if (!group.multi()) {
            return ObservationDecoder.decode(group.datastreamId(), featureId, observation);
        }
        JsonNode result = observation.get("result");
        if (result == null || !result.isArray() || result.size() != arity) {
            throw new BadRequest("the result of an Observation of MultiDatastream " + group.datastreamId()
                    + " must be an array of " + arity + " values, one per ObservedProperty");
        }
        return ObservationDecoder.decodeMulti(group.datastreamId(), featureId, observation);
    }

    /** The number of ObservedProperties of the group's MultiDatastream: the length of its results. */
    private int observedProperties() {
        QueryOptions countOnly = QueryParser.parse(Map.of("$count", List.of("true"), "$top", List.of("0")));
        return store.readCollection(Version.V11, ResourcePathParser.parse("MultiDatastreams(" + group.datastreamId()
                + ")/ObservedProperties"), countOnly).count().intValue();
    }

    private long existingFeature(long id) {
        if (!features.computeIfAbsent(id, k -> exists("FeaturesOfInterest", k))) {
            throw new BadRequest("there is no FeatureOfInterest with id " + id);
        }
        return id;
    }

    /** The feature generated from the Thing's Location, made once per group. */
    private long defaultFeature() {
        if (defaultFeature == null && defaultFeatureError == null) {
            try {
                defaultFeature = store.inTransaction(t -> group.multi() ? t.defaultFeatureOfMulti(group.datastreamId())
                        : t.defaultFeature(group.datastreamId()));
            } catch (InvalidEntityException e) {
                defaultFeatureError = e.getMessage();
            }
        }
        if (defaultFeatureError != null) {
            throw new BadRequest(defaultFeatureError);
        }
        return defaultFeature;
    }

    private boolean exists(String set, long id) {
        try {
            store.readEntity(Version.V11, ResourcePathParser.parse(set + "(" + id + ")"), QueryOptions.none());
            return true;
        } catch (PathException e) {
            return false;
        }
    }

    private static String error(String reason) {
        return "error: " + reason;
    }
}
