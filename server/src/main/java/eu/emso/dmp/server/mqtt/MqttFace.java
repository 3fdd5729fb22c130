package eu.emso.dmp.server.mqtt;

import eu.emso.dmp.model.store.EntityStore;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * The SensorThings MQTT extension as one unit: a broker (embedded, or a connection to an
 * external one), the dispatcher that publishes committed changes, and the handler of create
 * messages. Start it before the store is ready, then {@link #attach} the store. Thread-safe.
 */
public final class MqttFace implements AutoCloseable {
    private final Broker broker;
    private final ChangeDispatcher dispatcher;
    private final MqttStats stats;

    private final ObservationCreates creates;

    private MqttFace(Broker broker, ChangeDispatcher dispatcher, MqttStats stats, ObservationCreates creates) {
        this.broker = broker;
        this.stats = stats;
        this.dispatcher = dispatcher;
        this.creates = creates;
    }

    /**
     * Starts the face.
     *
     * @param settings    the MQTT settings
     * @param port        the embedded broker's TCP port (0: a free port)
     * @param baseUrl     the configured external base URL for self links; empty: {@code http://localhost:<httpPort>}
     * @param httpPort    the HTTP port (asked only once notifications are published)
     * @param store       the entity store (may throw while the server is starting)
     * @throws Exception when a port cannot be bound or the external broker cannot be reached
     */
    public static MqttFace start(MqttSettings settings, int port, Optional<String> baseUrl, IntSupplier httpPort,
                                 Supplier<EntityStore> store) throws Exception {
        return start(settings, port, 1 << 20, baseUrl, httpPort, store, MqttGate.OPEN);
    }

    /**
     * As above; the embedded broker takes messages of at most {@code messageMax} bytes, and
     * {@code gate} decides who may connect, publish and subscribe on it.
     */
    public static MqttFace start(MqttSettings settings, int port, int messageMax, Optional<String> baseUrl,
                                 IntSupplier httpPort, Supplier<EntityStore> store, MqttGate gate) throws Exception {
        ObservationCreates creates = new ObservationCreates(store);
        MqttStats stats = new MqttStats();
        String host = baseUrl.map(MqttFace::host).orElse("localhost");
        Broker broker = settings.brokerUrl().isPresent()
                ? external(settings, creates)
                : settings.engine() == MqttSettings.Engine.MOQUETTE
                ? EmbeddedBroker.start(port, settings.wsPort(), settings.wsPath(), host, creates, messageMax, stats,
                        gate)
                : HiveBroker.start(port, settings.wsPort(), settings.wsPath(), host, creates, messageMax, stats, gate);
        Optional<String> base = baseUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        Supplier<String> root = () -> base.orElseGet(() -> "http://localhost:" + httpPort.getAsInt());
        Fanout fanout = new Fanout(new Representations(root), new TopicMembership(store));
        return new MqttFace(broker, new ChangeDispatcher(fanout, broker), stats, creates);
    }

    private static Broker external(MqttSettings settings, ObservationCreates creates) throws MqttException {
        return ExternalBroker.connect(settings.brokerUrl().get(), settings.shareGroup(), creates);
    }

    private static String host(String baseUrl) {
        try {
            String h = URI.create(baseUrl).getHost();
            return h == null ? "localhost" : h;
        } catch (IllegalArgumentException e) {
            return "localhost";
        }
    }

    /**
     * Publishes the store's committed changes from now on, and accepts create messages while
     * {@code databaseUp} says the database answers (refused before the broker acknowledges them
     * otherwise).
     */
    public void attach(EntityStore store, BooleanSupplier databaseUp) {
        store.keepChanges();
        store.onChange(dispatcher);
        dispatcher.start(store);
        creates.acceptWhile(databaseUp);
    }

    /** Sessions and message counts, for the metrics. */
    public MqttStats stats() {
        return stats;
    }

    /** The conformance classes and service root settings of the extension. */
    public MqttConformance conformance() {
        return new MqttConformance(broker.endpoints());
    }

    /** The endpoints clients connect to. */
    public List<String> endpoints() {
        return broker.endpoints();
    }

    /** The embedded broker's TCP port, or -1 with an external broker. */
    public int port() {
        return broker.port();
    }

    /** The embedded broker's WebSocket port, or -1 when there is none. */
    public int wsPort() {
        return broker.wsPort();
    }

    /** Publishes what is queued (for a few seconds at most), then stops the broker or disconnects. */
    @Override
    public void close() {
        creates.stop();
        dispatcher.close();
        broker.close();
    }
}
