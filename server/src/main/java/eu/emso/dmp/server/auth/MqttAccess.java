package eu.emso.dmp.server.auth;

import eu.emso.dmp.model.store.ThingOwnership;
import eu.emso.dmp.server.mqtt.MqttGate;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The same accounts and rules on MQTT: CONNECT with a user name and password, or any user name
 * and an API key as password, is checked like HTTP Basic (a wrong one is refused with "bad user
 * name or password"); a connection without user name is anonymous. Publishing (creates on
 * {@code .../Observations} topics, or anything else) follows {@code auth.writes} and needs the
 * writer role; a writer restricted to Things publishes only on {@code Datastreams(D)/Observations}
 * of their Datastreams. Subscribing follows {@code auth.reads}. The caller of each connection is
 * remembered by client id and user name (the most recent {@value #REMEMBERED}). Thread-safe.
 */
public final class MqttAccess implements MqttGate {
    private static final Logger LOG = LoggerFactory.getLogger(MqttAccess.class);
    private static final int REMEMBERED = 100_000;
    private static final Pattern DATASTREAM = Pattern.compile("v1\\.[01]/Datastreams\\((\\d+)\\)/Observations");
    private final Authenticator authenticator;
    private final AccessPolicy policy;
    private final Supplier<ThingOwnership> ownership;
    private final Map<String, Caller> callers = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Caller> eldest) {
            return size() > REMEMBERED;
        }
    });

    public MqttAccess(Authenticator authenticator, AccessPolicy policy, Supplier<ThingOwnership> ownership) {
        this.authenticator = authenticator;
        this.policy = policy;
        this.ownership = ownership;
    }

    @Override
    public boolean connect(String client, String user, byte[] password) {
        String key = key(client, user);
        try {
            String pw = password == null ? null : new String(password, StandardCharsets.UTF_8);
            return authenticator.mqtt(user, pw).map(c -> {
                callers.put(key, c);
                return true;
            }).orElseGet(() -> {
                callers.remove(key);
                LOG.info("MQTT CONNECT of client '{}' as '{}' refused: unknown user, key or wrong password", client, user);
                return false;
            });
        } catch (RuntimeException e) { // the database is not ready: refuse, the client retries
            callers.remove(key);
            LOG.info("MQTT CONNECT of client '{}' refused: {}", client, e.getMessage());
            return false;
        }
    }

    @Override
    public boolean mayPublish(String client, String user, String topic) {
        Caller caller = caller(client, user);
        try {
            policy.checkWrite(caller, Role.WRITER);
            return !policy.scoped(caller) || ownTopic(caller, topic);
        } catch (AuthException refused) {
            LOG.info("MQTT PUBLISH on '{}' by {} dropped: {}", topic, caller, refused.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.info("MQTT PUBLISH on '{}' dropped: {}", topic, e.getMessage());
            return false;
        }
    }

    @Override
    public boolean maySubscribe(String client, String user, String topic) {
        try {
            policy.checkRead(caller(client, user));
            return true;
        } catch (AuthException refused) {
            return false;
        }
    }

    private boolean ownTopic(Caller caller, String topic) {
        Matcher m = DATASTREAM.matcher(topic);
        if (!m.matches()) {
            return false;
        }
        OptionalLong thing = ownership.get().thingOfDatastream(Long.parseLong(m.group(1)));
        return thing.isPresent() && caller.things().contains(thing.getAsLong());
    }

    private Caller caller(String client, String user) {
        return user == null ? Caller.ANONYMOUS : callers.getOrDefault(key(client, user), Caller.ANONYMOUS);
    }

    private static String key(String client, String user) {
        return client + '\u0000' + user;
    }
}
