package eu.emso.dmp.server.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import eu.emso.dmp.model.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** A Paho client that subscribes and collects what arrives, in order. */
final class Inbox implements MqttCallback, AutoCloseable {
    /** One received message; a payload that is not JSON is kept as a text node. */
    record Message(String topic, JsonNode json, int qos) {
    }

    private final MqttClient client;
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();

    private Inbox(String uri) throws MqttException {
        this(uri, null, null);
    }

    private Inbox(String uri, String user, String password) throws MqttException {
        client = new MqttClient(uri, "test-" + UUID.randomUUID(), new MemoryPersistence());
        client.setCallback(this);
        MqttConnectOptions o = new MqttConnectOptions();
        if (user != null) {
            o.setUserName(user);
            o.setPassword(password.toCharArray());
            o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1); // a refusal is reported, not retried as 3.1
        }
        o.setCleanSession(true);
        o.setMaxInflight(1000);
        client.connect(o);
    }

    /** Connects to {@code uri} (tcp:// or ws://). */
    static Inbox connect(String uri) throws MqttException {
        return new Inbox(uri);
    }

    /** Connects with a user name and password (or API key). */
    static Inbox connect(String uri, String user, String password) throws MqttException {
        return new Inbox(uri, user, password);
    }

    /** Subscribes and returns the granted QoS (128: refused). */
    int subscribe(String topic, int qos) throws MqttException {
        return client.subscribeWithResponse(topic, qos).getGrantedQos()[0];
    }

    void publish(String topic, String payload, int qos) throws MqttException {
        client.publish(topic, payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), qos, false);
    }

    MqttClient client() {
        return client;
    }

    /** The next message, or null after {@code seconds}. */
    Message next(double seconds) throws InterruptedException {
        return messages.poll((long) (seconds * 1000), TimeUnit.MILLISECONDS);
    }

    /** The next message on {@code topic} that carries {@code field}, skipping others; null after the wait. */
    Message next(String topic, String field, double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (true) {
            long left = end - System.nanoTime();
            Message m = left <= 0 ? null : messages.poll(left, TimeUnit.NANOSECONDS);
            if (m == null || m.topic().equals(topic) && m.json().has(field)) {
                return m;
            }
        }
    }

    /** Waits until {@code n} messages arrived or {@code seconds} passed; returns those. */
    List<Message> take(int n, double seconds) throws InterruptedException {
        List<Message> out = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (out.size() < n) {
            long left = end - System.nanoTime();
            Message m = left <= 0 ? null : messages.poll(left, TimeUnit.NANOSECONDS);
            if (m == null) {
                break;
            }
            out.add(m);
        }
        return out;
    }

    @Override
    public void messageArrived(String topic, org.eclipse.paho.client.mqttv3.MqttMessage message) {
        JsonNode json;
        try {
            json = Json.mapper().readTree(message.getPayload());
        } catch (IOException e) {
            json = TextNode.valueOf(new String(message.getPayload(), java.nio.charset.StandardCharsets.UTF_8));
        }
        messages.add(new Message(topic, json, message.getQos()));
    }

    @Override
    public void connectionLost(Throwable cause) {
        // a test that loses its connection fails on missing messages
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // nothing to track
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
