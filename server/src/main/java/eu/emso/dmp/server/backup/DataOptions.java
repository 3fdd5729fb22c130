package eu.emso.dmp.server.backup;

import eu.emso.dmp.server.config.ServerSettings;
import eu.emso.dmp.server.config.SettingsLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that name the data directory whose embedded database a command works on. */
final class DataOptions {
    @Option(names = "--data", description = "data directory (default: data.dir, ./data)")
    Path data;
    @Option(names = "--config", description = "settings file (Java properties; keys as in config/dmp.properties)")
    Path config;

    ServerSettings settings() {
        return SettingsLoader.load(config, System.getenv()).with(null, null, data, null);
    }

    /** The embedded cluster directory; refuses an external database. */
    Path cluster(ServerSettings s) {
        if (s.dbUrl().isPresent()) {
            throw new IllegalArgumentException("the database is external (db.url): back it up with pg_dump or"
                    + " pg_basebackup on its server, as docs/operations.md describes");
        }
        return s.dataDir().toAbsolutePath().resolve("postgres");
    }
}
