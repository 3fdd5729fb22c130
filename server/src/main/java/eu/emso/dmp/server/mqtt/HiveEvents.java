package eu.emso.dmp.server.mqtt;

import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.async.SimpleAsyncOutput;
import com.hivemq.extension.sdk.api.async.TimeoutFallback;
import com.hivemq.extension.sdk.api.auth.PublishAuthorizer;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.SubscriptionAuthorizer;
import com.hivemq.extension.sdk.api.auth.parameter.PublishAuthorizerInput;
import com.hivemq.extension.sdk.api.auth.parameter.PublishAuthorizerOutput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.SubscriptionAuthorizerInput;
import com.hivemq.extension.sdk.api.auth.parameter.SubscriptionAuthorizerOutput;
import com.hivemq.extension.sdk.api.events.client.ClientLifecycleEventListener;
import com.hivemq.extension.sdk.api.events.client.parameters.AuthenticationSuccessfulInput;
import com.hivemq.extension.sdk.api.events.client.parameters.ConnectionStartInput;
import com.hivemq.extension.sdk.api.events.client.parameters.DisconnectEventInput;
import com.hivemq.extension.sdk.api.events.client.parameters.ServerInitiatedDisconnectInput;
import com.hivemq.extension.sdk.api.interceptor.publish.PublishInboundInterceptor;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundInput;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundOutput;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.general.MqttVersion;
import com.hivemq.extension.sdk.api.packets.publish.AckReasonCode;
import com.hivemq.extension.sdk.api.packets.subscribe.SubackReasonCode;
import com.hivemq.extension.sdk.api.services.Services;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HiveMQ broker's view of its clients, as an extension inside it. A QoS 1 message
 * on a create topic is held (its PUBACK not sent) while {@link ObservationCreates} stores it on
 * the {@link CreateLanes}, and released once the Observation is committed; it is not routed to
 * other subscribers as sent (the server's notification follows). A create that fails gets a
 * PUBACK reason code on MQTT 5 (0x99 payload format invalid, 0x90 topic name invalid, 0x83 for
 * one the store refuses, 0x87 not authorised) and on MQTT 3.1.1, which has none, a plain PUBACK
 * after the WARN line; one the server cannot store now (database down, server stopping) is
 * never acknowledged on MQTT 3.1.1: the connection is closed so that the client sends it again.
 * CONNECT credentials, publishing and subscribing are checked by the {@link MqttGate};
 * subscriptions are recorded before the SUBACK, so a change committed right after it is not
 * missed. Called on the broker's threads; thread-safe.
 */
final class HiveEvents implements PublishInboundInterceptor, SimpleAuthenticator, PublishAuthorizer,
        SubscriptionAuthorizer, ClientLifecycleEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(HiveEvents.class);
    /** How long a create may take (waiting for the database included) before it is refused unacknowledged. */
    static final Duration CREATE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(30);
    private final TopicRegistry registry;
    private final ObservationCreates creates;
    private final CreateLanes lanes;
    private final MqttStats stats;
    private final MqttGate gate;
    /** User names of the connected clients (absent: anonymous). */
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final Map<String, Boolean> cleanSession = new ConcurrentHashMap<>();
    /** Runs the gate's checks, which may read the database, off the broker's threads. */
    private final ExecutorService checks = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "mqtt-auth");
        t.setDaemon(true);
        return t;
    });

    HiveEvents(TopicRegistry registry, ObservationCreates creates, CreateLanes lanes, MqttStats stats, MqttGate gate) {
        this.registry = registry;
        this.creates = creates;
        this.lanes = lanes;
        this.stats = stats;
        this.gate = gate;
    }

    /** Hooks this into the running broker; called when the extension starts. */
    void register() {
        Services.securityRegistry().setAuthenticatorProvider(in -> this);
        Services.securityRegistry().setAuthorizerProvider(in -> this);
        Services.eventRegistry().setClientLifecycleEventListener(in -> this);
        Services.initializerRegistry().setClientInitializer((in, context) -> {
            context.addPublishInboundInterceptor(this);
            context.addUnsubscribeInboundInterceptor((unsubscribe, out) -> {
                String client = unsubscribe.getClientInformation().getClientId();
                for (String filter : unsubscribe.getUnsubscribePacket().getTopicFilters()) {
                    registry.unsubscribe(client, filter);
                }
            });
        });
    }

    void close() {
        checks.shutdownNow();
    }

    @Override
    public void onConnect(SimpleAuthInput in, SimpleAuthOutput out) {
        String client = in.getClientInformation().getClientId();
        String user = in.getConnectPacket().getUserName().orElse(null);
        if (user == null) {
            users.remove(client);
            out.authenticateSuccessfully();
            return;
        }
        byte[] password = in.getConnectPacket().getPassword().map(HiveEvents::bytes).orElse(null);
        offload(out, o -> {
            if (gate.connect(client, user, password)) {
                users.put(client, user);
                o.authenticateSuccessfully();
            } else {
                o.failAuthentication(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "bad user name or password");
            }
        });
    }

    @Override
    public void authorizePublish(PublishAuthorizerInput in, PublishAuthorizerOutput out) {
        String client = in.getClientInformation().getClientId();
        String topic = in.getPublishPacket().getTopic();
        offload(out, o -> {
            if (gate.mayPublish(client, users.get(client), topic)) {
                o.authorizeSuccessfully();
            } else {
                o.failAuthorization(AckReasonCode.NOT_AUTHORIZED, "not allowed to publish on " + topic);
            }
        });
    }

    @Override
    public void authorizeSubscribe(SubscriptionAuthorizerInput in, SubscriptionAuthorizerOutput out) {
        String client = in.getClientInformation().getClientId();
        String filter = in.getSubscription().getTopicFilter();
        offload(out, o -> {
            if (!gate.maySubscribe(client, users.get(client), filter)) {
                o.failAuthorization(SubackReasonCode.NOT_AUTHORIZED, "not allowed to subscribe to " + filter);
            } else if (!registry.subscribe(client, filter)) {
                o.failAuthorization(SubackReasonCode.TOPIC_FILTER_INVALID, "not a SensorThings topic: " + filter);
            } else {
                o.authorizeSuccessfully();
            }
        });
    }

    /** Runs {@code check} on the check threads, holding {@code out} until it is done. */
    private <T extends SimpleAsyncOutput<T>> void offload(T out, Consumer<T> check) {
        @SuppressWarnings("unchecked")
        T self = (T) out;
        Async<T> async = out.async(CHECK_TIMEOUT);
        try {
            checks.execute(() -> {
                try {
                    check.accept(self);
                } finally {
                    async.resume();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            async.resume();
        }
    }

    @Override
    public void onInboundPublish(PublishInboundInput in, PublishInboundOutput out) {
        stats.countReceived();
        String topic = in.getPublishPacket().getTopic();
        if (!ObservationCreates.isCreateTopic(topic)) {
            return; // other traffic: routed as sent, after the publish authorisation
        }
        String client = in.getClientInformation().getClientId();
        boolean mqtt5 = in.getConnectionInformation().getMqttVersion() == MqttVersion.V_5;
        byte[] payload = in.getPublishPacket().getPayload().map(HiveEvents::bytes).orElse(new byte[0]);
        Async<PublishInboundOutput> async = out.async(CREATE_TIMEOUT, TimeoutFallback.FAILURE,
                AckReasonCode.IMPLEMENTATION_SPECIFIC_ERROR, "not stored within " + CREATE_TIMEOUT.toSeconds() + " s");
        boolean queued = lanes.run(client, topic, () -> {
            try {
                create(client, topic, payload, mqtt5, out);
            } catch (RuntimeException e) {
                LOG.warn("MQTT create on '{}' from client '{}' failed: {}", topic, client, e.toString());
                refuse(out, mqtt5, AckReasonCode.UNSPECIFIED_ERROR, "the server failed: " + e.getMessage());
            } finally {
                async.resume();
            }
        });
        if (!queued) {
            unavailable(out, "the server is stopping");
            async.resume();
        }
    }

    private void create(String client, String topic, byte[] payload, boolean mqtt5, PublishInboundOutput out) {
        if (!gate.mayPublish(client, users.get(client), topic)) {
            out.preventPublishDelivery(AckReasonCode.NOT_AUTHORIZED, "not allowed to create Observations on " + topic);
            return;
        }
        if (!creates.accepting()) {
            unavailable(out, "the database is unavailable: send it again later");
            return;
        }
        ObservationCreates.Outcome outcome = creates.handle(topic, payload, client);
        if (outcome.rejection() == null) {
            out.preventPublishDelivery(); // stored (or ignored): PUBACK with success, the notification follows
            return;
        }
        switch (outcome.rejection()) {
            case PAYLOAD -> refuse(out, mqtt5, AckReasonCode.PAYLOAD_FORMAT_INVALID, outcome.reason());
            case TOPIC -> refuse(out, mqtt5, AckReasonCode.TOPIC_NAME_INVALID, outcome.reason());
            case REFUSED -> refuse(out, mqtt5, AckReasonCode.IMPLEMENTATION_SPECIFIC_ERROR, outcome.reason());
            case FAILED -> refuse(out, mqtt5, AckReasonCode.UNSPECIFIED_ERROR, outcome.reason());
            case UNAVAILABLE -> unavailable(out, outcome.reason());
        }
    }

    /** A create that will never succeed: MQTT 5 hears why, MQTT 3.1.1 gets its PUBACK (the reason is logged). */
    private static void refuse(PublishInboundOutput out, boolean mqtt5, AckReasonCode code, String reason) {
        if (mqtt5) {
            out.preventPublishDelivery(code, reason);
        } else {
            out.preventPublishDelivery();
        }
    }

    /** A create that may succeed later: never acknowledged on MQTT 3.1.1 (the broker closes the connection). */
    private static void unavailable(PublishInboundOutput out, String reason) {
        out.preventPublishDelivery(AckReasonCode.IMPLEMENTATION_SPECIFIC_ERROR, reason);
    }

    @Override
    public void onMqttConnectionStart(ConnectionStartInput in) {
        var connect = in.getConnectPacket();
        cleanSession.put(connect.getClientId(), connect.getCleanStart() && connect.getSessionExpiryInterval() == 0);
    }

    @Override
    public void onAuthenticationSuccessful(AuthenticationSuccessfulInput in) {
        // counted by the broker's own metrics
    }

    /** One line for a connection the broker closes (a message over the size limit, a protocol error, ...). */
    @Override
    public void onServerInitiatedDisconnect(ServerInitiatedDisconnectInput in) {
        LOG.info("MQTT client '{}' disconnected by the broker: {}", in.getClientInformation().getClientId(),
                in.getReasonString().or(() -> in.getReasonCode().map(Object::toString)).orElse("no reason given"));
        onDisconnect(in);
    }

    @Override
    public void onDisconnect(DisconnectEventInput in) {
        String client = in.getClientInformation().getClientId();
        if (!Boolean.TRUE.equals(cleanSession.get(client))) {
            return;
        }
        Services.clientService().isClientConnected(client).thenAccept(again -> {
            if (!again) {
                registry.forget(client);
                cleanSession.remove(client);
                users.remove(client);
            }
        });
    }

    private static byte[] bytes(ByteBuffer b) {
        ByteBuffer copy = b.asReadOnlyBuffer();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
