package eu.emso.dmp.server;

import eu.emso.dmp.server.backup.BackupCommand;
import eu.emso.dmp.server.backup.RestoreCommand;
import eu.emso.dmp.server.config.HttpSettings;
import eu.emso.dmp.server.config.ServerSettings;
import eu.emso.dmp.server.config.SettingsLoader;
import eu.emso.dmp.server.exports.ExportCommand;
import eu.emso.dmp.server.ingest.IngestCommand;
import eu.emso.dmp.server.ingest.IngestSettings;
import eu.emso.dmp.server.ingest.QuarantineCommand;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code dmp} command line. */
@Command(name = "dmp", mixinStandardHelpOptions = true, version = "EMSO DMP server 0.1.0",
        description = "EMSO DMP server: SensorThings API on PostgreSQL/PostGIS.",
        subcommands = {Main.Serve.class, Main.Demo.class, IngestCommand.class, QuarantineCommand.class,
                QcCommand.class, BackupCommand.class, RestoreCommand.class, ExportCommand.class, UserCommand.class,
                ApiKeyCommand.class, eu.emso.dmp.server.federation.FederationCommand.class,
                eu.emso.dmp.server.cluster.ClusterCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            // a server that cannot start says why in one line; the log has the details
            LoggerFactory.getLogger(Main.class).debug("stopped", e);
            line.getErr().println("dmp: " + e.getMessage());
            return 1;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Options shared by the commands that run a server. */
    static class ServerOptions {
        @Option(names = "--port", description = "HTTP port (default: http.port, 8080)")
        Integer port;
        @Option(names = "--mqtt-port", description = "MQTT port (default: mqtt.port, 1883)")
        Integer mqttPort;
        @Option(names = "--data", description = "data directory (default: data.dir, ./data)")
        Path data;
        @Option(names = "--config", description = "settings file (Java properties; keys as in config/dmp.properties)")
        Path config;
        @Option(names = "--base-url", description = "external base URL for self links, e.g. https://dmp.example.org")
        String baseUrl;

        ServerSettings settings() {
            return SettingsLoader.load(config, System.getenv()).with(port, mqttPort, data, baseUrl);
        }

        IngestSettings ingestSettings() {
            return IngestSettings.from(SettingsLoader.properties(config, System.getenv()));
        }

        eu.emso.dmp.server.federation.FederationSettings federationSettings() {
            return eu.emso.dmp.server.federation.FederationSettings.read(
                    SettingsLoader.properties(config, System.getenv())::getProperty);
        }

        HttpSettings httpSettings() {
            return HttpSettings.read(SettingsLoader.properties(config, System.getenv())::getProperty);
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the server.")
    static final class Serve implements Callable<Integer> {
        @CommandLine.Mixin
        ServerOptions options = new ServerOptions();

        @Override
        public Integer call() throws Exception {
            return Runner.run(options, false);
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Run the server, loading the OBSEA sample data on first start.")
    static final class Demo implements Callable<Integer> {
        @CommandLine.Mixin
        ServerOptions options = new ServerOptions();

        @Override
        public Integer call() throws Exception {
            return Runner.run(options, true);
        }
    }

    /** Starts a server, prints where it listens and runs until SIGTERM or Ctrl-C. */
    static final class Runner {
        private Runner() {
        }

        static int run(ServerOptions options, boolean demo) throws Exception {
            ServerSettings settings = options.settings();
            CountDownLatch stopped = new CountDownLatch(1);
            DmpServer server = DmpServer.start(settings, options.ingestSettings(), options.httpSettings(),
                    options.federationSettings());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "dmp-shutdown"));
            if (demo) {
                DemoData.loadIfEmpty(server);
            }
            String demoPassword = demo ? DemoData.user(server) : null;
            String base = settings.baseUrl().orElse("http://localhost:" + server.port());
            System.out.println("EMSO DMP server ready");
            System.out.println("  SensorThings API 1.1: " + base + "/v1.1");
            System.out.println("  SensorThings API 1.0: " + base + "/v1.0");
            if (server.tlsPort() >= 0) {
                System.out.println("  HTTPS:                https://localhost:" + server.tlsPort());
            }
            System.out.println("  Health:               " + base + "/health");
            System.out.println("  Metrics:              " + base + "/metrics");
            System.out.println("  Ingest:               " + base + "/ingest");
            if (server.mqtt() != null) {
                System.out.println("  MQTT:                 " + String.join(", ", server.mqtt().endpoints()));
            }
            if (demoPassword != null) {
                System.out.println("  Demo user (writer):   " + DemoData.USER + " / " + demoPassword
                        + "   e.g. curl -u " + DemoData.USER + ":" + demoPassword + " -X POST ...");
            }
            System.out.flush();
            stopped.await();
            return 0;
        }
    }
}
