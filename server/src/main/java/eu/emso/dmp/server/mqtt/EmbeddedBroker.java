package eu.emso.dmp.server.mqtt;

import io.moquette.broker.ClientDescriptor;
import io.moquette.broker.RoutingResults;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MQTT 3.1.1 broker inside the server process (Moquette), over TCP and optionally WebSocket.
 * Sessions and their queues are kept in memory. Publishing waits while more than a window of
 * messages is still being routed to the client sessions, so the broker's bounded command queues
 * never overflow; a QoS 1 subscriber that reads slowly has its messages queued in its session
 * (unbounded, in memory) until it acknowledges them. Thread-safe.
 */
final class EmbeddedBroker implements Broker {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final int WINDOW = 256;
    /** Threads that create Observations from published messages, and the messages each may hold. */
    private static final int CREATE_LANES = 8;
    private static final int CREATE_QUEUE = 256;
    private final Server server = new Server();
    private final TopicRegistry registry = new TopicRegistry();
    private final Semaphore window = new Semaphore(WINDOW);
    private final CreateLanes createLanes = new CreateLanes(CREATE_LANES, CREATE_QUEUE);
    private final String host;
    private final int port;
    private final int wsPort;
    private final String wsPath;
    private final MqttStats stats;

    private EmbeddedBroker(String host, int port, int wsPort, String wsPath, MqttStats stats) {
        this.stats = stats;
        this.host = host;
        this.port = port;
        this.wsPort = wsPort;
        this.wsPath = wsPath;
    }

    /**
     * Starts a broker on {@code port} (0: a free port) and, when {@code wsPort} is not negative,
     * on a WebSocket port (0: a free port); {@code host} names the server in the endpoints. A
     * message longer than {@code messageMax} bytes is refused by the broker's decoder: it closes
     * that client's connection and nothing of the message is stored ({@code mqtt.message.max}).
     */
    static EmbeddedBroker start(int port, int wsPort, String wsPath, String host, ObservationCreates creates,
                                int messageMax) throws IOException {
        return start(port, wsPort, wsPath, host, creates, messageMax, new MqttStats(), MqttGate.OPEN);
    }

    /**
     * As above, counting sessions and messages into {@code stats}, with {@code gate} deciding who
     * may connect with credentials, publish and subscribe.
     */
    static EmbeddedBroker start(int port, int wsPort, String wsPath, String host, ObservationCreates creates,
                                int messageMax, MqttStats stats, MqttGate gate) throws IOException {
        // the broker binds asynchronously and reports no WebSocket port: free ports are chosen here
        int tcp = port == 0 ? FreePort.find() : port;
        int ws = wsPort == 0 ? FreePort.find() : wsPort;
        EmbeddedBroker b = new EmbeddedBroker(host, tcp, ws, wsPath, stats);
        Properties p = new Properties();
        p.setProperty("host", "0.0.0.0");
        p.setProperty("port", Integer.toString(tcp));
        p.setProperty("websocket_port", ws < 0 ? "disabled" : Integer.toString(ws));
        p.setProperty("websocket_path", wsPath);
        p.setProperty("allow_anonymous", "true");
        p.setProperty("allow_zero_byte_client_id", "true");
        p.setProperty("persistence_enabled", "false");
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("session_queue_size", "8192");
        p.setProperty("netty.mqtt.message_size", Integer.toString(messageMax));
        BrokerEvents events = new BrokerEvents(b.registry, creates, b.createLanes, b::isConnected, stats, gate,
                client -> java.util.concurrent.CompletableFuture.runAsync(() -> b.server.disconnectClient(client)));
        try {
            b.server.startServer(new MemoryConfig(p), List.of(events), null, gate::connect, events);
        } catch (RuntimeException e) {
            b.server.stopServer();
            b.createLanes.close();
            throw new IOException("the MQTT broker cannot listen on port " + tcp
                    + (ws < 0 ? "" : " and WebSocket port " + ws) + " (" + e.getMessage() + "); another broker "
                    + "may hold it: choose other ports (--mqtt-port N, DMP_MQTT_WS_PORT=N), use that broker "
                    + "(DMP_MQTT_BROKER_URL=tcp://localhost:1883) or turn MQTT off (DMP_MQTT_ENABLED=false)", e);
        }
        stats.sessionsFrom(() -> b.server.listConnectedClients().size());
        LOG.info("MQTT broker listening on port {}{}", tcp,
                ws < 0 ? "" : ", WebSocket on port " + ws + " at " + wsPath);
        return b;
    }

    private boolean isConnected(String clientId) {
        for (ClientDescriptor c : server.listConnectedClients()) {
            if (c.getClientID().equals(clientId)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public int wsPort() {
        return wsPort;
    }

    @Override
    public void publish(Notification n) throws InterruptedException {
        window.acquire();
        MqttPublishMessage msg = MqttMessageBuilders.publish().topicName(n.topic()).qos(MqttQoS.AT_LEAST_ONCE)
                .retained(false).messageId(1).payload(Unpooled.wrappedBuffer(n.payload())).build();
        RoutingResults r;
        try {
            r = server.internalPublish(msg, "dmp-server");
        } catch (RuntimeException e) {
            window.release();
            throw e;
        }
        r.completableFuture().whenComplete((ok, failure) -> window.release());
        stats.countNotified();
        if (!r.isAllSuccess()) {
            LOG.warn("MQTT notification on '{}' could not be queued for some clients: {}", n.topic(), r);
        }
    }

    @Override
    public Subscriptions subscriptions() {
        return registry;
    }

    @Override
    public List<String> endpoints() {
        List<String> e = new ArrayList<>();
        e.add("mqtt://" + host + ":" + port());
        if (wsPort >= 0) {
            e.add("ws://" + host + ":" + wsPort + wsPath);
        }
        return e;
    }

    @Override
    public void close() {
        try {
            window.tryAcquire(WINDOW, 5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stopServer();
        // after the broker: no message arrives any more, and the ones taken are created before we return
        createLanes.close();
    }
}
