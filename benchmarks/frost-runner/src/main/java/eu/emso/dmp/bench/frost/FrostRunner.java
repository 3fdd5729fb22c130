package eu.emso.dmp.bench.frost;

import de.fraunhofer.iosb.ilt.frostserver.messagebus.MessageBusFactory;
import de.fraunhofer.iosb.ilt.frostserver.mqtt.MqttManager;
import de.fraunhofer.iosb.ilt.frostserver.persistence.PersistenceManagerFactory;
import de.fraunhofer.iosb.ilt.frostserver.settings.CoreSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * Starts FROST-Server on 127.0.0.1: {@code FrostRunner --port P --db-url URL --db-user U
 * --db-password PW [--max-top N] [--mqtt-port M --ws-port W]}. The database must have PostGIS; FROST creates its schema with
 * Liquibase on start. The service root is {@code http://127.0.0.1:P/FROST-Server/v1.1}. Prints
 * {@code FROST READY} on standard output once it serves requests, and runs until killed.
 *
 * <p>Settings follow FROST's documented keys: PostgreSQL persistence with numeric ids, the core
 * model and dataArray plugins enabled, the embedded Moquette MQTT broker on when
 * {@code --mqtt-port} is given.
 */
public final class FrostRunner {
    private FrostRunner() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int port = Integer.parseInt(opts.getOrDefault("--port", "8081"));
        CoreSettings settings = new CoreSettings(properties(port, opts));
        PersistenceManagerFactory.init(settings);
        PersistenceManagerFactory.getInstance(settings).maybeUpdateDatabase();
        MessageBusFactory.createMessageBus(settings);
        if (opts.containsKey("--mqtt-port")) {
            new MqttManager(settings); // starts the broker and subscribes to the message bus
        }

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/FROST-Server");
        context.addServlet(new ServletHolder(new StaServlet(settings)), "/*");
        server.setHandler(context);
        server.start();
        System.out.println("FROST READY");
        System.out.flush();
        server.join();
    }

    static Properties properties(int port, Map<String, String> opts) {
        Properties p = new Properties();
        p.setProperty("serviceRootUrl", "http://127.0.0.1:" + port + "/FROST-Server");
        p.setProperty("defaultCount", "false");
        p.setProperty("maxTop", opts.getOrDefault("--max-top", "10000"));
        p.setProperty("tempPath", System.getProperty("java.io.tmpdir"));
        p.setProperty("plugins.coreModel.enable", "true");
        p.setProperty("plugins.coreModel.idType", "LONG");
        p.setProperty("plugins.dataArray.enable", "true");
        p.setProperty("plugins.multiDatastream.enable", "false");
        String mqttPort = opts.get("--mqtt-port");
        p.setProperty("mqtt.Enabled", Boolean.toString(mqttPort != null));
        if (mqttPort != null) {
            p.setProperty("mqtt.mqttServerImplementationClass",
                    "de.fraunhofer.iosb.ilt.frostserver.mqtt.moquette.MoquetteMqttServer");
            p.setProperty("mqtt.Host", "127.0.0.1");
            p.setProperty("mqtt.internalHost", "127.0.0.1");
            p.setProperty("mqtt.Port", mqttPort);
            p.setProperty("mqtt.WebsocketPort", require(opts, "--ws-port"));
            // With the default queue of 10, creates arriving faster than they are stored are
            // acknowledged to the publisher and then discarded; a deep queue keeps them all.
            p.setProperty("mqtt.CreateMessageQueueSize", "100000");
        }
        p.setProperty("persistence.persistenceManagerImplementationClass",
                "de.fraunhofer.iosb.ilt.frostserver.persistence.pgjooq.PostgresPersistenceManager");
        p.setProperty("persistence.autoUpdateDatabase", "true");
        p.setProperty("persistence.db.driver", "org.postgresql.Driver");
        p.setProperty("persistence.db.url", require(opts, "--db-url"));
        p.setProperty("persistence.db.username", require(opts, "--db-user"));
        p.setProperty("persistence.db.password", require(opts, "--db-password"));
        p.setProperty("persistence.db.conn.max", opts.getOrDefault("--db-pool", "16"));
        return p;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i], args[i + 1]);
        }
        return out;
    }

    private static String require(Map<String, String> opts, String key) {
        String v = opts.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing option " + key);
        }
        return v;
    }
}
