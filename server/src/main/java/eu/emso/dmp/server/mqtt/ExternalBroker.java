package eu.emso.dmp.server.mqtt;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection to an external MQTT broker (for example Mosquitto) shared by several server nodes.
 * The server publishes its notifications there and subscribes to the create topics; with a share
 * group it subscribes as {@code $share/<group>/...} so that one node handles each create message.
 * At most {@value #WINDOW} publications are in flight; publishing waits beyond that. While the
 * connection is down, publishing fails at once and the notifications wait in the outbox. The broker does not tell who subscribes,
 * so every topic derivable from a change is published. Thread-safe.
 */
final class ExternalBroker implements Broker, MqttCallbackExtended {
    private static final Logger LOG = LoggerFactory.getLogger(ExternalBroker.class);
    private static final int WINDOW = 1_000;
    private static final List<String> CREATE_FILTERS = List.of("v1.0/Observations", "v1.0/+/Observations",
            "v1.1/Observations", "v1.1/+/Observations");
    private final MqttAsyncClient client;
    private final String url;
    private final String shareGroup;
    private final ObservationCreates creates;
    private static final int FLUSH_SECONDS = 10;
    private static final long RETRY_MS = 2_000;
    private volatile boolean closed;
    private final Semaphore window = new Semaphore(WINDOW);
    private final java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();

    private ExternalBroker(String url, String shareGroup, ObservationCreates creates) throws MqttException {
        this.url = url;
        this.shareGroup = shareGroup;
        this.creates = creates;
        this.client = new MqttAsyncClient(url, "dmp-" + UUID.randomUUID(), new MemoryPersistence());
    }

    /**
     * Connects to {@code url} and subscribes to the create topics; a broker that cannot be
     * reached now is tried again in the background, so the server starts without it.
     */
    static ExternalBroker connect(String url, String shareGroup, ObservationCreates creates) throws MqttException {
        ExternalBroker b = new ExternalBroker(url, shareGroup, creates);
        MqttConnectOptions o = new MqttConnectOptions();
        o.setAutomaticReconnect(true);
        o.setCleanSession(true);
        o.setMaxInflight(WINDOW);
        b.client.setCallback(b);
        try {
            b.client.connect(o).waitForCompletion(10_000);
        } catch (MqttException e) {
            LOG.warn("MQTT: {} is unreachable ({}); notifications wait in the outbox while the server keeps trying",
                    url, e.toString());
            b.keepConnecting(o);
        }
        return b;
    }

    /** Tries the first connection again every few seconds; once up, the client reconnects by itself. */
    private void keepConnecting(MqttConnectOptions o) {
        Thread t = new Thread(() -> {
            while (!closed && !client.isConnected()) {
                try {
                    Thread.sleep(RETRY_MS);
                    client.connect(o).waitForCompletion(10_000);
                } catch (MqttException e) {
                    LOG.debug("MQTT: {} still unreachable: {}", url, e.toString());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "mqtt-connect");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        String prefix = shareGroup.isEmpty() ? "" : "$share/" + shareGroup + "/";
        try {
            for (String f : CREATE_FILTERS) {
                client.subscribe(prefix + f, 1);
            }
            LOG.info("MQTT: connected to {}{}", serverUri, reconnect ? " again" : "");
        } catch (MqttException e) {
            LOG.warn("MQTT: cannot subscribe to the create topics on {}: {}", serverUri, e.toString());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        LOG.warn("MQTT: connection to {} lost ({}); reconnecting", url, cause == null ? "" : cause.toString());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        creates.accept(topic, message.getPayload(), "external broker");
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // the action listener of each publication frees its slot
    }

    @Override
    public void publish(Notification n) throws InterruptedException {
        if (!client.isConnected()) {
            throw new BrokerUnavailable("not connected to " + url);
        }
        window.acquire();
        try {
            client.publish(n.topic(), n.payload(), 1, false, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    window.release();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    failed.incrementAndGet();
                    window.release();
                }
            });
        } catch (MqttException e) {
            window.release();
            throw new BrokerUnavailable("cannot publish to " + url + ": " + e);
        }
    }

    /** Waits until every publication in flight is acknowledged; any that failed makes the whole batch fail. */
    @Override
    public void flush() throws InterruptedException {
        if (!window.tryAcquire(WINDOW, FLUSH_SECONDS, TimeUnit.SECONDS)) {
            throw new BrokerUnavailable(url + " did not acknowledge the notifications within " + FLUSH_SECONDS + " s");
        }
        window.release(WINDOW);
        int f = failed.getAndSet(0);
        if (f > 0) {
            throw new BrokerUnavailable(f + " notifications were not delivered to " + url);
        }
    }

    @Override
    public Subscriptions subscriptions() {
        return Subscriptions.everything();
    }

    @Override
    public List<String> endpoints() {
        return List.of(url.replaceFirst("^tcp://", "mqtt://"));
    }

    @Override
    public void close() {
        closed = true;
        try {
            window.tryAcquire(WINDOW, 5, TimeUnit.SECONDS);
            client.disconnect().waitForCompletion(5_000);
        } catch (MqttException e) {
            LOG.warn("MQTT: disconnecting from {}: {}", url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                client.close();
            } catch (MqttException e) {
                LOG.debug("closing the MQTT client: {}", e.toString());
            }
        }
    }
}
