package eu.emso.dmp.server;

import eu.emso.dmp.model.store.HistoryStore;
import eu.emso.dmp.server.config.ServerSettings;
import eu.emso.dmp.server.config.SettingsLoader;
import eu.emso.dmp.server.qc.ConfigResolver;
import eu.emso.dmp.server.qc.QcRerun;
import eu.emso.dmp.server.qc.SiteDefaults;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmp qc}: quality control tasks on the stored data. */
@Command(name = "qc", mixinStandardHelpOptions = true, description = "Quality control tasks.",
        subcommands = QcCommand.Rerun.class)
final class QcCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** {@code dmp qc rerun}: re-flags stored observations under the configuration that applies now. */
    @Command(name = "rerun", mixinStandardHelpOptions = true,
            description = "Re-run quality control over the stored observations of a Datastream, after its "
                    + "configuration changed. With the embedded database, stop the server first.")
    static final class Rerun implements Callable<Integer> {
        @Option(names = "--datastream", required = true, description = "the Datastream's @iot.id")
        long datastream;
        @Option(names = "--from", description = "first phenomenon time, ISO 8601 with offset, e.g. "
                + "2014-02-01T00:00:00Z (default: the first observation)")
        OffsetDateTime from;
        @Option(names = "--to", description = "last phenomenon time, ISO 8601 with offset (default: the last observation)")
        OffsetDateTime to;
        @Option(names = "--chunk", defaultValue = "10000", description = "observations per transaction (default: 10000)")
        int chunk;
        @Option(names = "--data", description = "data directory (default: data.dir, ./data)")
        Path data;
        @Option(names = "--config", description = "settings file (Java properties; keys as in config/dmp.properties)")
        Path config;

        @Override
        public Integer call() throws Exception {
            ServerSettings settings = SettingsLoader.load(config, System.getenv()).with(null, null, data, null);
            ConfigResolver resolver = new ConfigResolver(SiteDefaults.load(settings.qcConfigDir()));
            PrintStream out = System.out;
            try (CoreDatabase db = CoreDatabase.open(settings)) {
                QcRerun rerun = new QcRerun(new HistoryStore(db.dataSource()), resolver, chunk);
                long done = rerun.run(datastream, from, to, p -> out.printf("datastream %d: %d / %d observations "
                        + "(%d%%), qc_config %s%n", datastream, p.done(), p.total(), 100 * p.done() / p.total(),
                        p.version() == null ? "none" : p.version()));
                out.printf("datastream %d: re-flagged %d observations%n", datastream, done);
            } catch (IllegalArgumentException e) {
                System.err.println("dmp qc rerun: " + e.getMessage());
                return 2;
            }
            return 0;
        }
    }
}
