package eu.emso.dmp.server.mqtt;

import com.codahale.metrics.Gauge;
import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import com.hivemq.extension.sdk.api.services.publish.Publish;
import com.hivemq.extension.sdk.api.services.publish.PublishService;
import com.hivemq.extension.sdk.api.packets.general.Qos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MQTT 3.1.1 and 5 broker inside the server process (HiveMQ Community Edition, embedded),
 * over TCP and optionally WebSocket. A QoS 1 create message is acknowledged only once its
 * Observation is committed ({@link HiveEvents}). Sessions and their queues are kept in memory;
 * HiveMQ's configuration and data folders live in a temporary directory, removed at close.
 * Publishing waits while more than a window of notifications is still being routed to the client
 * sessions. Thread-safe.
 */
final class HiveBroker implements Broker {
    private static final Logger LOG = LoggerFactory.getLogger(HiveBroker.class);
    private static final int WINDOW = 256;
    private static final int CREATE_LANES = 8;
    private static final int CREATE_QUEUE = 256;
    /** Messages a subscriber's session may hold before the broker discards the newest. */
    static final long SESSION_QUEUE = 1_000_000;
    private final TopicRegistry registry = new TopicRegistry();
    private final Semaphore window = new Semaphore(WINDOW);
    private final CreateLanes createLanes = new CreateLanes(CREATE_LANES, CREATE_QUEUE);
    private final String host;
    private final int port;
    private final int wsPort;
    private final String wsPath;
    private final Path home;
    private final MqttStats stats;
    private volatile PublishService publishService;
    private EmbeddedHiveMQ hive;
    private HiveEvents events;

    private HiveBroker(String host, int port, int wsPort, String wsPath, Path home, MqttStats stats) {
        this.host = host;
        this.port = port;
        this.wsPort = wsPort;
        this.wsPath = wsPath;
        this.home = home;
        this.stats = stats;
    }

    /**
     * Starts a broker on {@code port} (0: a free port) and, when {@code wsPort} is not negative,
     * on a WebSocket port (0: a free port); {@code host} names the server in the endpoints. A
     * message longer than {@code messageMax} bytes closes that client's connection unread.
     */
    static HiveBroker start(int port, int wsPort, String wsPath, String host, ObservationCreates creates,
                            int messageMax, MqttStats stats, MqttGate gate) throws IOException {
        int tcp = port == 0 ? FreePort.find() : port;
        int ws = wsPort == 0 ? FreePort.find() : wsPort;
        Path home = Files.createTempDirectory("dmp-mqtt-");
        HiveBroker b = new HiveBroker(host, tcp, ws, wsPath, home, stats);
        Path conf = Files.createDirectories(home.resolve("conf"));
        Files.writeString(conf.resolve("config.xml"), config(tcp, ws, wsPath, messageMax), StandardCharsets.UTF_8);
        b.events = new HiveEvents(b.registry, creates, b.createLanes, stats, gate);
        ExtensionMain main = new ExtensionMain() {
            @Override
            public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
                b.publishService = Services.publishService();
                b.events.register();
            }

            @Override
            public void extensionStop(ExtensionStopInput in, ExtensionStopOutput out) {
                // nothing held: the broker stops the sessions
            }
        };
        EmbeddedExtension extension = EmbeddedExtension.builder().withId("sensorthings-mqtt")
                .withName("SensorThings MQTT").withVersion("1").withAuthor("EMSO DMP").withPriority(1000)
                .withStartPriority(1000).withExtensionMain(main).build();
        b.hive = EmbeddedHiveMQ.builder().withConfigurationFolder(conf)
                .withDataFolder(Files.createDirectories(home.resolve("data")))
                .withExtensionsFolder(Files.createDirectories(home.resolve("extensions")))
                .withEmbeddedExtension(extension).withoutLoggingBootstrap().build();
        try {
            b.hive.start().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException | RuntimeException e) {
            b.stopBroker();
            b.createLanes.close();
            b.deleteHome();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IOException("the MQTT broker cannot listen on port " + tcp
                    + (ws < 0 ? "" : " and WebSocket port " + ws) + " (" + cause + "); another broker "
                    + "may hold it: choose other ports (--mqtt-port N, DMP_MQTT_WS_PORT=N), use that broker "
                    + "(DMP_MQTT_BROKER_URL=tcp://localhost:1883) or turn MQTT off (DMP_MQTT_ENABLED=false)", cause);
        }
        if (b.publishService == null) {
            b.close();
            throw new IOException("the MQTT broker started without the SensorThings extension");
        }
        stats.sessionsFrom(b::sessions);
        LOG.info("MQTT broker listening on port {}{} (MQTT 3.1.1 and 5)", tcp,
                ws < 0 ? "" : ", WebSocket on port " + ws + " at " + wsPath);
        return b;
    }

    private static String config(int tcp, int ws, String wsPath, int messageMax) {
        String websocket = ws < 0 ? "" : """
                        <websocket-listener>
                            <port>%d</port>
                            <bind-address>0.0.0.0</bind-address>
                            <path>%s</path>
                            <subprotocols><subprotocol>mqttv3.1</subprotocol><subprotocol>mqtt</subprotocol></subprotocols>
                            <allow-extensions>true</allow-extensions>
                        </websocket-listener>
                """.formatted(ws, xml(wsPath));
        return """
                <?xml version="1.0"?>
                <hivemq>
                    <listeners>
                        <tcp-listener>
                            <port>%d</port>
                            <bind-address>0.0.0.0</bind-address>
                        </tcp-listener>
                %s    </listeners>
                    <mqtt>
                        <packets><max-packet-size>%d</max-packet-size></packets>
                        <queued-messages><max-queue-size>%d</max-queue-size><strategy>discard</strategy></queued-messages>
                    </mqtt>
                    <persistence><mode>in-memory</mode></persistence>
                    <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>
                </hivemq>
                """.formatted(tcp, websocket, messageMax, SESSION_QUEUE);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private int sessions() {
        Gauge<?> g = hive.getMetricRegistry().getGauges().get("com.hivemq.networking.connections.current");
        return g != null && g.getValue() instanceof Number n ? n.intValue() : 0;
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
        Publish p;
        try {
            p = Builders.publish().topic(n.topic()).qos(Qos.AT_LEAST_ONCE).retain(false)
                    .payload(ByteBuffer.wrap(n.payload())).build();
            publishService.publish(p).whenComplete((ok, failure) -> {
                window.release();
                if (failure != null) {
                    LOG.warn("MQTT notification on '{}' could not be queued: {}", n.topic(), failure.toString());
                }
            });
        } catch (RuntimeException e) {
            window.release();
            throw e;
        }
        stats.countNotified();
    }

    @Override
    public Subscriptions subscriptions() {
        return registry;
    }

    @Override
    public List<String> endpoints() {
        List<String> e = new ArrayList<>();
        e.add("mqtt://" + host + ":" + port);
        if (wsPort >= 0) {
            e.add("ws://" + host + ":" + wsPort + wsPath);
        }
        return e;
    }

    @Override
    public void close() {
        try {
            window.tryAcquire(WINDOW, 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // the lanes first: every create taken is stored and acknowledged while the connections still stand
        createLanes.close();
        stopBroker();
        if (events != null) {
            events.close();
        }
        deleteHome();
    }

    private void stopBroker() {
        if (hive == null) {
            return;
        }
        try {
            hive.stop().get(30, TimeUnit.SECONDS);
            hive.close();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("MQTT broker did not stop cleanly: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deleteHome() {
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.debug("MQTT broker folder {} not removed: {}", home, e.toString());
        }
    }
}
