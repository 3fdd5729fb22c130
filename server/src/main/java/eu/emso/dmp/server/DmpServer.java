package eu.emso.dmp.server;

import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.admin.HealthResource;
import eu.emso.dmp.server.admin.LandingResource;
import eu.emso.dmp.server.admin.MetricsResource;
import eu.emso.dmp.server.auth.Security;
import eu.emso.dmp.server.config.HttpSettings;
import eu.emso.dmp.server.config.ServerSettings;
import eu.emso.dmp.server.emsodev.EmsodevHandler;
import eu.emso.dmp.server.emsodev.EmsodevResource;
import eu.emso.dmp.server.exports.AggregateHandler;
import eu.emso.dmp.server.exports.ExportHandler;
import eu.emso.dmp.server.exports.ExportResource;
import eu.emso.dmp.server.federation.Federation;
import eu.emso.dmp.server.federation.FederationMetrics;
import eu.emso.dmp.server.federation.FederationResource;
import eu.emso.dmp.server.federation.FederationSettings;
import eu.emso.dmp.server.health.DatabaseCheck;
import eu.emso.dmp.server.health.DatabaseSupervisor;
import eu.emso.dmp.server.health.Health;
import eu.emso.dmp.server.health.StorageWatch;
import eu.emso.dmp.server.http.Connectors;
import eu.emso.dmp.server.http.ErrorMapper;
import eu.emso.dmp.server.http.JerseyApp;
import eu.emso.dmp.server.http.JsonErrorHandler;
import eu.emso.dmp.server.http.RequestLimits;
import eu.emso.dmp.server.http.RequestLog;
import eu.emso.dmp.server.ingest.IngestDoors;
import eu.emso.dmp.server.ingest.IngestResource;
import eu.emso.dmp.server.ingest.IngestService;
import eu.emso.dmp.server.ingest.IngestSettings;
import eu.emso.dmp.server.ingest.IngestTotals;
import eu.emso.dmp.server.metrics.Metrics;
import eu.emso.dmp.server.mqtt.MqttFace;
import eu.emso.dmp.server.ogcapi.OgcApiFace;
import eu.emso.dmp.server.portal.PortalResource;
import eu.emso.dmp.server.qc.ConfigResolver;
import eu.emso.dmp.server.qc.QcStage;
import eu.emso.dmp.server.qc.SiteDefaults;
import eu.emso.dmp.server.sos.SosFace;
import eu.emso.dmp.server.sta.StaConformance;
import eu.emso.dmp.server.sta.batch.BatchConformance;
import eu.emso.dmp.server.sta.batch.BatchExecutor;
import eu.emso.dmp.server.sta.batch.BatchResource;
import eu.emso.dmp.server.sta.core.CreateUpdateDelete;
import eu.emso.dmp.server.sta.core.SensingCore;
import eu.emso.dmp.server.sta.core.ServiceRoot;
import eu.emso.dmp.server.sta.core.StaHandler;
import eu.emso.dmp.server.sta.core.StaResource;
import eu.emso.dmp.server.sta.dataarray.CreateObservations;
import eu.emso.dmp.server.sta.dataarray.DataArrayConformance;
import eu.emso.dmp.server.sta.dataarray.DataArrayFormat;
import eu.emso.dmp.server.sta.dataarray.DataArrayResource;
import eu.emso.dmp.server.sta.format.CsvFormat;
import eu.emso.dmp.server.sta.format.GeoJsonFormat;
import eu.emso.dmp.server.sta.format.ResultFormats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: wires database, store and faces by hand, in one place. HTTP comes up
 * first (health answers 503), then the database; the server is ready when both are.
 * {@link #close()} stops everything, the embedded database last.
 */
public final class DmpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DmpServer.class);
    private final ServerSettings settings;
    private final Server jetty;
    private volatile EntityStore store;
    private CoreDatabase database;
    private final IngestSettings ingestSettings;
    private volatile IngestDoors ingest;
    private final FederationSettings federationSettings;
    private volatile Federation federation;
    private MqttFace mqtt;
    private final Health health = new Health();
    private final Security security;
    private final StorageWatch storage = new StorageWatch();
    private final HttpSettings http;
    private final Metrics metrics = new Metrics();
    private final IngestTotals ingestTotals = new IngestTotals();
    private DatabaseSupervisor supervisor;
    private volatile eu.emso.dmp.model.db.ReadReplicas replicas;
    private DatabaseCheck databaseCheck;
    private final Thread stopHook = new Thread(this::close, "dmp-stop");
    private boolean closed;

    private DmpServer(ServerSettings settings, IngestSettings ingestSettings, HttpSettings http,
                      FederationSettings federation) {
        this.settings = settings;
        this.federationSettings = federation;
        this.http = http;
        this.ingestSettings = ingestSettings;
        this.security = new Security(settings.auth());
        this.jetty = new Server();
    }

    /** Starts a server with the default ingest settings and returns once it is ready. */
    public static DmpServer start(ServerSettings settings) throws Exception {
        return start(settings, IngestSettings.defaults());
    }

    /** Starts a server and returns once it is ready. */
    public static DmpServer start(ServerSettings settings, IngestSettings ingestSettings) throws Exception {
        return start(settings, ingestSettings, HttpSettings.defaults());
    }

    /** Starts a server with the given CORS and TLS settings and returns once it is ready. */
    public static DmpServer start(ServerSettings settings, IngestSettings ingestSettings, HttpSettings http)
            throws Exception {
        return start(settings, ingestSettings, http, FederationSettings.defaults());
    }

    /** Starts a server with the given harvester settings and returns once it is ready. */
    public static DmpServer start(ServerSettings settings, IngestSettings ingestSettings, HttpSettings http,
                                  FederationSettings federation) throws Exception {
        DmpServer s = new DmpServer(settings, ingestSettings, http, federation);
        Runtime.getRuntime().addShutdownHook(s.stopHook);
        try {
            s.startMqtt();
            s.startHttp();
            s.startCore();
            s.health.started();
            return s;
        } catch (Exception | Error e) {
            s.close();
            throw e;
        }
    }

    private void startHttp() throws Exception {
        jetty.setStopTimeout(settings.faults().stopGrace().toMillis());
        Connectors.add(jetty, settings.httpPort(), http);
        metrics.storage(storage);
        metrics.ingest(ingestTotals);
        List<StaConformance> conformance = new ArrayList<>(List.of(new SensingCore(),
                new CreateUpdateDelete(), new BatchConformance(), new DataArrayConformance()));
        if (mqtt != null) {
            conformance.add(mqtt.conformance());
        }
        ExportHandler exports = new ExportHandler(this::store); // also $resultFormat=NetCDF of the STA face
        StaHandler sta = new StaHandler(this::store, new ServiceRoot(conformance),
                new ResultFormats(List.of(new DataArrayFormat(), new CsvFormat(), new GeoJsonFormat()), exports));
        JerseyApp app = new JerseyApp()
                .register(new StaResource(sta, settings.baseUrl()))
                .register(new BatchResource(new BatchExecutor(sta, this::store), settings.baseUrl()))
                .register(new DataArrayResource(new CreateObservations(this::store), settings.baseUrl()))
                .register(new HealthResource(health))
                .register(new MetricsResource(metrics))
                .register(new LandingResource())
                .register(new IngestResource(this::ingestService))
                .register(SosFace.resource(this::store, settings.baseUrl()))
                .register(OgcApiFace.resource(this::store, settings.ogcapi(), settings.baseUrl()))
                .register(new PortalResource(this::store))
                .register(new ExportResource(exports))
                .register(new ExportResource.Aggregates(new AggregateHandler(this::store)))
                .register(new FederationResource(this::federation))
                .register(new EmsodevResource(new EmsodevHandler(this::store)))
                .register(security.httpFilter())
                .register(new ErrorMapper(storage::refused))
                .register(new RequestLog());
        if (!settings.replicas().urls().isEmpty()) {
            app.register(new eu.emso.dmp.server.http.ReplicaReads.CommitPosition(() -> replicas));
        }
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new ServletContainer(app.config())), "/*");
        jetty.setErrorHandler(new JsonErrorHandler());
        // on stop: requests in flight finish, new ones get 503; the limits answer 413, 429 and 503 (LimitSettings);
        // every answer is counted in the metrics
        jetty.setHandler(metrics.http(Connectors.cors(http,
                new GracefulHandler(RequestLimits.around(settings.limits(), settings.replicas().urls().isEmpty() ? context
                        : new eu.emso.dmp.server.http.ReplicaReads(() -> replicas, context))))));
        jetty.setStopAtShutdown(false);
        jetty.start();
    }

    private void startMqtt() throws Exception {
        if (settings.mqtt().enabled()) {
            mqtt = MqttFace.start(settings.mqtt(), settings.mqttPort(), settings.limits().mqttMessageMax(),
                    settings.baseUrl(), this::port, this::store, security.mqttGate());
            metrics.mqtt(mqtt.stats());
        }
    }

    private void startCore() throws IOException {
        database = CoreDatabase.open(settings, settings.dbPool(), false); // close() stops it, last
        if (settings.faults().supervise()) {
            supervisor = database.embedded().map(DatabaseSupervisor::watch).orElse(null);
        }
        databaseCheck = DatabaseCheck.start(database.dataSource(), java.util.Optional.ofNullable(supervisor));
        health.readiness("database", databaseCheck)
                .other("storage", storage);
        metrics.pool(database.dataSource());
        security.attach(database.dataSource());
        QcStage qc = new QcStage(new ConfigResolver(SiteDefaults.load(settings.qcConfigDir())));
        metrics.qc(qc);
        javax.sql.DataSource reads = database.dataSource();
        if (!settings.replicas().urls().isEmpty()) {
            replicas = eu.emso.dmp.model.db.ReadReplicas.open(database.dataSource(), settings.replicas().urls(),
                    new eu.emso.dmp.model.db.DbSettings(settings.replicas().urls().get(0), settings.dbUser(),
                            settings.dbPassword(), settings.dbPool(), settings.faults().connectTimeout()),
                    settings.replicas().maxLag());
            reads = replicas;
            LOG.info("reads on replicas {} while within {} s of the primary", settings.replicas().urls(),
                    settings.replicas().maxLag().toMillis() / 1000.0);
        }
        EntityStore s = new EntityStore(reads,
                settings.store().withLimits(settings.limits().expandDepth(), settings.limits().expandEntities(),
                        settings.limits().readTimeout()), List.of(qc));
        s.onWrite(metrics.writes());
        if (mqtt != null) {
            mqtt.attach(s, databaseCheck::up);
        }
        s.onChange(changes -> storage.committed());
        store = s;
        LOG.info("database ready: {}", database.describe());
        ingest = IngestDoors.open(ingestSettings, store, database.dataSource(), ingestTotals);
        federation = new Federation(new eu.emso.dmp.model.store.FederationStore(database.dataSource()), this::store,
                federationSettings, new FederationMetrics(metrics.registry())).schedule();
    }

    /** The ingest service (for tools running inside the server process, such as the demo loader). */
    public IngestService ingestService() {
        IngestDoors d = ingest;
        if (d == null) {
            throw new ErrorMapper.NotReady();
        }
        return d.service();
    }

    /** The ingest doors: TCP port of the live listener, if any. */
    public java.util.OptionalInt ingestTcpPort() {
        return ingest == null ? java.util.OptionalInt.empty() : ingest.tcpPort();
    }

    /** The harvester of remote sources. */
    public Federation federation() {
        Federation f = federation;
        if (f == null) {
            throw new ErrorMapper.NotReady();
        }
        return f;
    }

    private EntityStore store() {
        EntityStore s = store;
        if (s == null) {
            throw new ErrorMapper.NotReady();
        }
        return s;
    }

    /** Users and API keys (for tools running inside the server process, such as the demo). */
    public eu.emso.dmp.server.auth.Accounts accounts() {
        return security.accounts();
    }

    /** The HTTP port listened on. */
    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    /** The HTTPS port listened on, or -1 without TLS. */
    public int tlsPort() {
        return jetty.getConnectors().length > 1 ? ((ServerConnector) jetty.getConnectors()[1]).getLocalPort() : -1;
    }

    /** The MQTT face, or null when it is disabled. */
    public MqttFace mqtt() {
        return mqtt;
    }

    /** The entity store (for tools running inside the server process, such as the demo loader). */
    public EntityStore entityStore() {
        return store();
    }

    /**
     * Stops gracefully: readiness fails at once, requests in flight may finish for the stop
     * grace period while new ones are answered 503, then ingest, MQTT, the pool and the embedded
     * database stop, in that order. Also run on SIGTERM and normal JVM exit. Idempotent; a second
     * caller waits until the first has stopped everything.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != stopHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopHook);
            } catch (IllegalStateException exiting) {
                // the JVM is exiting: the hook is running close() too and waits for this one
            }
        }
        health.stopping();
        LOG.info("stopping: requests in flight may finish within {} s, new ones are answered 503",
                settings.faults().stopGrace().toSeconds());
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("stopping HTTP: {}", e.toString());
        }
        if (federation != null) {
            federation.close();
        }
        if (ingest != null) {
            ingest.close();
        }
        if (mqtt != null) {
            mqtt.close();
        }
        if (databaseCheck != null) {
            databaseCheck.close();
        }
        if (supervisor != null) {
            supervisor.close();
        }
        if (replicas != null) {
            replicas.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** Blocks until the HTTP server stops. */
    public void join() throws InterruptedException {
        jetty.join();
    }
}
