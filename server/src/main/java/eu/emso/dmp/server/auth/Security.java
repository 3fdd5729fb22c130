package eu.emso.dmp.server.auth;

import eu.emso.dmp.model.store.AccountStore;
import eu.emso.dmp.model.store.ThingOwnership;
import eu.emso.dmp.server.http.ErrorMapper;
import eu.emso.dmp.server.mqtt.MqttGate;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authentication and authorisation of one server as one unit, for the composition root: the
 * HTTP filter and the MQTT gate exist from the start (and refuse credentials with 503 or a
 * refused CONNECT until the database is there); {@link #attach} gives them the database.
 * Thread-safe.
 */
public final class Security {
    private static final Logger LOG = LoggerFactory.getLogger(Security.class);
    private final AuthSettings settings;
    private final AccessPolicy policy;
    private final Authenticator authenticator;
    private final Passwords passwords = new Passwords();
    private volatile Accounts accounts;
    private volatile ThingOwnership ownership;

    public Security(AuthSettings settings) {
        this.settings = settings;
        this.policy = new AccessPolicy(settings);
        this.authenticator = new Authenticator(this::accounts, settings);
    }

    /** The filter that checks every HTTP request before its resource method runs. */
    public AccessFilter httpFilter() {
        return new AccessFilter(authenticator, policy, new ThingScope(this::ownership));
    }

    /** The gate of the embedded MQTT broker. */
    public MqttGate mqttGate() {
        return new MqttAccess(authenticator, policy, this::ownership);
    }

    /** Uses the accounts in {@code dataSource} from now on, and says in the log how writes are guarded. */
    public void attach(DataSource dataSource) {
        ownership = new ThingOwnership(dataSource);
        Accounts a = new Accounts(new AccountStore(dataSource), passwords);
        accounts = a;
        if (settings.writesOpen()) {
            LOG.warn("auth.writes=open: anyone may create, change and delete data (for test suites and benchmarks)");
        } else if (!a.any() && settings.issuer().isEmpty()) {
            LOG.info("no users yet: anonymous writes are refused (401). Add one with "
                    + "`./dmp user add NAME --role writer --password-stdin` (or `./dmp apikey add NAME --role writer` "
                    + "for a logger); docs/security.md has the details");
        }
    }

    /** The accounts; 503 while the database is not ready. */
    public Accounts accounts() {
        Accounts a = accounts;
        if (a == null) {
            throw new ErrorMapper.NotReady();
        }
        return a;
    }

    private ThingOwnership ownership() {
        ThingOwnership o = ownership;
        if (o == null) {
            throw new ErrorMapper.NotReady();
        }
        return o;
    }
}
