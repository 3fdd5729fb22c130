package eu.emso.dmp.server.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.store.EntityStore;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Observations from MQTT messages (OGC 18-088, 14.3 "Create Observations via MQTT"): a
 * message published to {@code v1.1/Observations}, {@code v1.1/Datastreams(<id>)/Observations} or
 * {@code v1.1/FeaturesOfInterest(<id>)/Observations} (or under {@code v1.0/}) is created through
 * the same store path as an HTTP POST. A message the server cannot accept is rejected with one
 * WARN line naming topic, client and reason; nothing else is disturbed. Messages on other
 * topics, and the server's own notifications (they carry {@code @iot.selfLink}), are ignored.
 * Thread-safe.
 */
final class ObservationCreates {
    private static final Logger LOG = LoggerFactory.getLogger(ObservationCreates.class);
    private final Supplier<EntityStore> store;

    ObservationCreates(Supplier<EntityStore> store) {
        this.store = store;
    }

    /** Whether a message on {@code topic} may be a create request (a collection of Observations). */
    static boolean isCreateTopic(String topic) {
        return StaTopic.isSta(topic) && topic.endsWith("/Observations") && !TopicFilters.hasWildcard(topic);
    }

    /** Handles one message; returns the id created, or empty when ignored or rejected. */
    OptionalLong accept(String topic, byte[] payload, String client) {
        if (!isCreateTopic(topic)) {
            return OptionalLong.empty();
        }
        try {
            JsonNode body = parse(payload);
            if (body.has("@iot.selfLink")) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(store.get().create(target(topic), body));
        } catch (RuntimeException | IOException e) {
            LOG.warn("MQTT create on '{}' from client '{}' rejected: {}", topic, client, reason(e));
            return OptionalLong.empty();
        }
    }

    private static ResourcePath target(String topic) {
        StaTopic t = StaTopic.parse(topic);
        ResourcePath path = t.path();
        if (path.type() != EntityType.OBSERVATION || !path.isCollection() || !t.select().isEmpty()
                || path.segments().size() > 2) {
            throw new InvalidTopicException("Observations are created on v1.1/Observations, "
                    + "v1.1/Datastreams(<id>)/Observations or v1.1/FeaturesOfInterest(<id>)/Observations");
        }
        return path;
    }

    private static JsonNode parse(byte[] payload) throws IOException {
        JsonNode body = Json.mapper().readTree(payload);
        if (body == null || !body.isObject()) {
            throw new InvalidEntityException("the message must be one JSON object, an Observation");
        }
        return body;
    }

    private static String reason(Exception e) {
        if (e instanceof JsonProcessingException j) {
            return "not valid JSON: " + j.getOriginalMessage();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
