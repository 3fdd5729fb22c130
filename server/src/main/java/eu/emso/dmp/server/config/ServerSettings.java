package eu.emso.dmp.server.config;

import eu.emso.dmp.model.store.StoreSettings;
import eu.emso.dmp.server.auth.AuthSettings;
import eu.emso.dmp.server.mqtt.MqttSettings;
import eu.emso.dmp.server.ogcapi.OgcApiSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * All settings of a server instance. Immutable.
 *
 * @param httpPort   HTTP port (0: a free port)
 * @param mqttPort   MQTT port of the embedded broker (0: a free port)
 * @param dataDir    data directory (embedded database under {@code dataDir/postgres})
 * @param baseUrl    external base URL for self links; empty: from each request
 * @param dbUrl      JDBC URL of an external database; empty: embedded
 * @param dbUser     database user for {@code dbUrl}
 * @param dbPassword database password for {@code dbUrl}
 * @param dbPool     connection pool size
 * @param store      paging limits
 * @param mqtt       the MQTT face besides its port
 * @param qcConfigDir directory of the quality control site defaults ({@code *.json})
 * @param ogcapi     limits of the OGC API face
 * @param faults     connection timeout, database supervision and stop grace period
 * @param auth       who may write and read (auth.*)
 * @param limits     body size, expand depth, read timeout, concurrent reads, write rates
 * @param replicas   read replicas of the database (db.read.*)
 */
public record ServerSettings(int httpPort, int mqttPort, Path dataDir, Optional<String> baseUrl,
                             Optional<String> dbUrl, String dbUser, String dbPassword, int dbPool,
                             StoreSettings store, MqttSettings mqtt, Path qcConfigDir, OgcApiSettings ogcapi,
                             FaultSettings faults, AuthSettings auth, LimitSettings limits,
                             ReplicaSettings replicas) {

    /** Settings without read replicas. */
    public ServerSettings(int httpPort, int mqttPort, Path dataDir, Optional<String> baseUrl, Optional<String> dbUrl,
                          String dbUser, String dbPassword, int dbPool, StoreSettings store, MqttSettings mqtt,
                          Path qcConfigDir, OgcApiSettings ogcapi, FaultSettings faults, AuthSettings auth,
                          LimitSettings limits) {
        this(httpPort, mqttPort, dataDir, baseUrl, dbUrl, dbUser, dbPassword, dbPool, store, mqtt, qcConfigDir,
                ogcapi, faults, auth, limits, ReplicaSettings.none());
    }

    /** Settings with the default limits. */
    public ServerSettings(int httpPort, int mqttPort, Path dataDir, Optional<String> baseUrl, Optional<String> dbUrl,
                          String dbUser, String dbPassword, int dbPool, StoreSettings store, MqttSettings mqtt,
                          Path qcConfigDir, OgcApiSettings ogcapi, FaultSettings faults, AuthSettings auth) {
        this(httpPort, mqttPort, dataDir, baseUrl, dbUrl, dbUser, dbPassword, dbPool, store, mqtt, qcConfigDir,
                ogcapi, faults, auth, LimitSettings.defaults());
    }

    /** Settings with the default authorisation (writes need an account). */
    public ServerSettings(int httpPort, int mqttPort, Path dataDir, Optional<String> baseUrl, Optional<String> dbUrl,
                          String dbUser, String dbPassword, int dbPool, StoreSettings store, MqttSettings mqtt,
                          Path qcConfigDir, OgcApiSettings ogcapi, FaultSettings faults, LimitSettings limits) {
        this(httpPort, mqttPort, dataDir, baseUrl, dbUrl, dbUser, dbPassword, dbPool, store, mqtt, qcConfigDir,
                ogcapi, faults, AuthSettings.defaults(), limits);
    }

    /** Settings with the default authorisation (writes need an account) and the default limits. */
    public ServerSettings(int httpPort, int mqttPort, Path dataDir, Optional<String> baseUrl, Optional<String> dbUrl,
                          String dbUser, String dbPassword, int dbPool, StoreSettings store, MqttSettings mqtt,
                          Path qcConfigDir, OgcApiSettings ogcapi, FaultSettings faults) {
        this(httpPort, mqttPort, dataDir, baseUrl, dbUrl, dbUser, dbPassword, dbPool, store, mqtt, qcConfigDir,
                ogcapi, faults, AuthSettings.defaults(), LimitSettings.defaults());
    }

    /** These settings with other authorisation settings. */
    public ServerSettings withAuth(AuthSettings a) {
        return new ServerSettings(httpPort, mqttPort, dataDir, baseUrl, dbUrl, dbUser, dbPassword, dbPool, store, mqtt,
                qcConfigDir, ogcapi, faults, a, limits, replicas);
    }

    /** Settings with the default fault handling. */
    public ServerSettings(int httpPort, int mqttPort, Path dataDir, Optional<String> baseUrl, Optional<String> dbUrl,
                          String dbUser, String dbPassword, int dbPool, StoreSettings store, MqttSettings mqtt,
                          Path qcConfigDir, OgcApiSettings ogcapi) {
        this(httpPort, mqttPort, dataDir, baseUrl, dbUrl, dbUser, dbPassword, dbPool, store, mqtt, qcConfigDir,
                ogcapi, FaultSettings.defaults());
    }

    /** Settings with the default OGC API limits. */
    public ServerSettings(int httpPort, int mqttPort, Path dataDir, Optional<String> baseUrl, Optional<String> dbUrl,
                          String dbUser, String dbPassword, int dbPool, StoreSettings store, MqttSettings mqtt,
                          Path qcConfigDir) {
        this(httpPort, mqttPort, dataDir, baseUrl, dbUrl, dbUser, dbPassword, dbPool, store, mqtt, qcConfigDir,
                OgcApiSettings.defaults());
    }

    /** The QC site defaults directory when none is given: {@code config/qc}, as in dmp.properties. */
    public static final Path DEFAULT_QC_CONFIG_DIR = Path.of("config", "qc");

    /** Settings without the MQTT face (as before it existed). */
    public ServerSettings(int httpPort, int mqttPort, Path dataDir, Optional<String> baseUrl, Optional<String> dbUrl,
                          String dbUser, String dbPassword, int dbPool, StoreSettings store) {
        this(httpPort, mqttPort, dataDir, baseUrl, dbUrl, dbUser, dbPassword, dbPool, store, MqttSettings.disabled());
    }

    /** Settings with the default QC site defaults directory. */
    public ServerSettings(int httpPort, int mqttPort, Path dataDir, Optional<String> baseUrl, Optional<String> dbUrl,
                          String dbUser, String dbPassword, int dbPool, StoreSettings store, MqttSettings mqtt) {
        this(httpPort, mqttPort, dataDir, baseUrl, dbUrl, dbUser, dbPassword, dbPool, store, mqtt,
                DEFAULT_QC_CONFIG_DIR);
    }

    /** The settings with another HTTP port, data directory and base URL (command-line options). */
    public ServerSettings with(Integer port, Integer mqtt, Path data, String base) {
        return new ServerSettings(port != null ? port : httpPort, mqtt != null ? mqtt : mqttPort,
                data != null ? data : dataDir, base != null ? Optional.of(base) : baseUrl, dbUrl, dbUser,
                dbPassword, dbPool, store, this.mqtt, qcConfigDir, ogcapi, faults, auth, limits, replicas);
    }

    @Override
    public String toString() {
        return "ServerSettings[httpPort=" + httpPort + ", mqttPort=" + mqttPort + ", dataDir=" + dataDir
                + ", baseUrl=" + baseUrl + ", dbUrl=" + dbUrl + ", dbUser=" + dbUser + ", dbPool=" + dbPool
                + ", mqtt=" + mqtt + "]";
    }
}
