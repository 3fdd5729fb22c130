package eu.emso.dmp.server.mqtt;

import io.moquette.broker.subscriptions.Topic;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptConnectMessage;
import io.moquette.interception.messages.InterceptConnectionLostMessage;
import io.moquette.interception.messages.InterceptDisconnectMessage;
import io.moquette.interception.messages.InterceptPublishMessage;
import io.moquette.interception.messages.InterceptUnsubscribeMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The embedded broker's view of its clients: subscriptions are recorded synchronously when the
 * broker checks read access (before the SUBACK, so a notification committed right after a
 * subscription is not missed) and refused for malformed SensorThings topics; published
 * messages are handed to {@link ObservationCreates} on the {@link CreateLanes}, so that messages
 * of different clients arriving together are stored together (group commit) instead of one after the other on the
 * broker's single interceptor thread. Called on the broker's threads; thread-safe.
 */
final class BrokerEvents extends AbstractInterceptHandler implements IAuthorizatorPolicy {
    private final TopicRegistry registry;
    private final ObservationCreates creates;
    private final CreateLanes lanes;
    private final Predicate<String> connected;
    private final MqttGate gate;
    private final java.util.function.Consumer<String> disconnect;
    private final Map<String, Boolean> cleanSession = new ConcurrentHashMap<>();
    private final MqttStats stats;

    /**
     * @param lanes     runs the creates, each client's in order
     * @param connected whether a client id currently has a connection
     * @param stats      counts the messages clients publish
     * @param gate       who may publish and subscribe
     * @param disconnect closes the connection of a client whose PUBLISH was refused: MQTT 3.1.1
     *                   (3.3.5) has no negative acknowledgement, and a QoS 1 sender would wait for
     *                   its PUBACK for ever
     */
    BrokerEvents(TopicRegistry registry, ObservationCreates creates, CreateLanes lanes, Predicate<String> connected,
                 MqttStats stats, MqttGate gate, java.util.function.Consumer<String> disconnect) {
        this.gate = gate;
        this.disconnect = disconnect;
        this.registry = registry;
        this.stats = stats;
        this.creates = creates;
        this.lanes = lanes;
        this.connected = connected;
    }

    @Override
    public String getID() {
        return "sensorthings-mqtt";
    }

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        if (!gate.mayPublish(client, user, topic.toString())) {
            disconnect.accept(client);
            return false;
        }
        return !ObservationCreates.isCreateTopic(topic.toString()) || creates.accepting();
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        return gate.maySubscribe(client, user, topic.toString()) && registry.subscribe(client, topic.toString());
    }

    @Override
    public void onConnect(InterceptConnectMessage msg) {
        cleanSession.put(msg.getClientID(), msg.isCleanSession());
    }

    @Override
    public void onDisconnect(InterceptDisconnectMessage msg) {
        ended(msg.getClientID());
    }

    @Override
    public void onConnectionLost(InterceptConnectionLostMessage msg) {
        ended(msg.getClientID());
    }

    private void ended(String client) {
        if (Boolean.TRUE.equals(cleanSession.get(client)) && !connected.test(client)) {
            registry.forget(client);
            cleanSession.remove(client);
        }
    }

    @Override
    public void onUnsubscribe(InterceptUnsubscribeMessage msg) {
        registry.unsubscribe(msg.getClientID(), msg.getTopicFilter());
    }

    @Override
    public void onPublish(InterceptPublishMessage msg) {
        try {
            stats.countReceived();
            byte[] payload = new byte[msg.getPayload().readableBytes()];
            msg.getPayload().getBytes(msg.getPayload().readerIndex(), payload);
            String topic = msg.getTopicName();
            String client = msg.getClientID();
            if (ObservationCreates.isCreateTopic(topic)) {
                lanes.run(client, topic, () -> creates.accept(topic, payload, client));
            }
        } finally {
            super.onPublish(msg);
        }
    }

    @Override
    public void onSessionLoopError(Throwable error) {
        // the broker logs its own errors
    }
}
