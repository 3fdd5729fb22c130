package eu.emso.dmp.server.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.StoreException;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
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
 *
 * <p>While the store is not ready or the database is known to be unreachable, creates are not
 * {@linkplain #accepting() accepted}: the broker then refuses them before it acknowledges them,
 * so a QoS 1 publisher keeps its message and sends it again after reconnecting. A create that
 * was accepted and then meets an unavailable database (or full storage) is tried again, in
 * order, until it is stored or the server stops. Thread-safe.
 */
final class ObservationCreates {
    private static final Logger LOG = LoggerFactory.getLogger(ObservationCreates.class);
    private static final long RETRY_FIRST_MS = 250;
    private static final long RETRY_MAX_MS = 5_000;
    private final Supplier<EntityStore> store;
    private volatile BooleanSupplier databaseUp = () -> false;
    private volatile boolean refusing;
    private volatile boolean stopping;

    ObservationCreates(Supplier<EntityStore> store) {
        this.store = store;
    }

    /** Accepts creates from now on, as long as {@code databaseUp} says the database answers. */
    void acceptWhile(BooleanSupplier databaseUp) {
        this.databaseUp = databaseUp;
    }

    /**
     * Whether a create would be carried out now; called before the broker acknowledges each
     * message. Logs one line when creates start being refused and one when they resume.
     */
    boolean accepting() {
        boolean up = databaseUp.getAsBoolean();
        if (up == refusing) {
            refusing = !up;
            if (up) {
                LOG.info("MQTT creates accepted again: the database answers");
            } else {
                LOG.warn("MQTT creates refused (QoS 1 ones unacknowledged, to be sent again) "
                        + "until the database answers");
            }
        }
        return up;
    }

    /** Stops retrying: creates still waiting for the database are given up with a log line. */
    void stop() {
        stopping = true;
    }

    /** Whether a message on {@code topic} may be a create request (a collection of Observations). */
    static boolean isCreateTopic(String topic) {
        return StaTopic.isSta(topic) && topic.endsWith("/Observations") && !TopicFilters.hasWildcard(topic);
    }

    /** Handles one message; returns the id created, or empty when ignored or rejected. */
    OptionalLong accept(String topic, byte[] payload, String client) {
        return handle(topic, payload, client).id();
    }

    /**
     * Handles one message and says how it ended: stored (with its id, also when the same
     * Observation was already there), ignored (not a create request), or rejected (with the
     * reason, logged as one WARN line). Returns once the Observation is committed.
     */
    Outcome handle(String topic, byte[] payload, String client) {
        if (!isCreateTopic(topic)) {
            return Outcome.IGNORED;
        }
        try {
            JsonNode body = parse(payload);
            if (body.has("@iot.selfLink")) {
                return Outcome.IGNORED;
            }
            return new Outcome(OptionalLong.of(createRetrying(target(topic), body, topic, client)), null, null);
        } catch (RuntimeException | IOException e) {
            String reason = reason(e);
            LOG.warn("MQTT create on '{}' from client '{}' rejected: {}", topic, client, reason);
            return new Outcome(OptionalLong.empty(), Rejection.of(e), reason);
        }
    }

    /** Why a create message was rejected. */
    enum Rejection {
        /** Not a topic Observations are created on. */
        TOPIC,
        /** Not JSON, or not a valid Observation. */
        PAYLOAD,
        /** Valid, but the store refused it (unknown Datastream, a different result at the same time, ...). */
        REFUSED,
        /** The database could not take it before the server stopped: the publisher should send it again. */
        UNAVAILABLE,
        /** The server failed. */
        FAILED;

        static Rejection of(Exception e) {
            if (e instanceof InvalidTopicException) {
                return TOPIC;
            }
            if (e instanceof IOException || e instanceof InvalidEntityException) {
                return PAYLOAD;
            }
            if (e instanceof StoreException s) {
                return s.fault() == StoreException.Fault.INTERNAL ? FAILED : UNAVAILABLE;
            }
            return REFUSED;
        }
    }

    /**
     * How one message ended.
     *
     * @param id        the Observation stored; empty when ignored or rejected
     * @param rejection why it was rejected; null when stored or ignored
     * @param reason    the reason in words; null when stored or ignored
     */
    record Outcome(OptionalLong id, Rejection rejection, String reason) {
        static final Outcome IGNORED = new Outcome(OptionalLong.empty(), null, null);
    }

    private long createRetrying(ResourcePath target, JsonNode body, String topic, String client) {
        long wait = RETRY_FIRST_MS;
        boolean logged = false;
        while (true) {
            if (!databaseUp.getAsBoolean() && !stopping) {
                pause(RETRY_MAX_MS / 10); // not ready yet, or known down: no attempt bound to fail
                continue;
            }
            try {
                return store.get().create(target, body);
            } catch (StoreException e) {
                if (e.fault() == StoreException.Fault.INTERNAL || stopping) {
                    throw e;
                }
                if (!logged) {
                    LOG.warn("MQTT create on '{}' from client '{}' waits for the database: {}", topic, client,
                            e.getMessage());
                    logged = true;
                }
                pause(wait);
                wait = Math.min(2 * wait, RETRY_MAX_MS);
            }
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database", e);
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
