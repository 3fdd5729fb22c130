package eu.emso.dmp.server;

import eu.emso.dmp.server.auth.Role;
import eu.emso.dmp.server.config.ServerSettings;
import eu.emso.dmp.server.config.SettingsLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options of {@code dmp user} and {@code dmp apikey}: the database, and the role and Things of a new account. */
final class AccountOptions {
    @Option(names = "--data", description = "data directory (default: data.dir, ./data)")
    Path data;
    @Option(names = "--config", description = "settings file (Java properties; keys as in config/dmp.properties)")
    Path config;

    ServerSettings settings() {
        return SettingsLoader.load(config, System.getenv()).with(null, null, data, null);
    }

    /** The role and Things of an account being added. */
    static final class Grant {
        @Option(names = "--role", required = true, description = "reader, writer or admin")
        String role;
        @Option(names = "--thing", paramLabel = "ID", description = "restrict a writer to this Thing's @iot.id "
                + "(repeatable; default: all Things)")
        List<Long> things = new ArrayList<>();

        Role role() {
            return Role.named(role).orElseThrow(() -> new IllegalArgumentException("--role is reader, writer or "
                    + "admin, not '" + role + "'"));
        }
    }
}
