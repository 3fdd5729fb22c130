package eu.emso.dmp.server.backup;

import eu.emso.dmp.model.db.DatabaseBackup;
import eu.emso.dmp.model.db.DbSettings;
import eu.emso.dmp.model.db.EmbeddedPostgres;
import eu.emso.dmp.model.db.PgInstallation;
import eu.emso.dmp.server.config.ServerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code dmp backup FILE}: a consistent snapshot of the embedded database into a pg_dump
 * custom-format file, while the server runs on the data directory or not (then the database is
 * started for the dump and stopped again).
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the embedded database into FILE (pg_dump custom format), while the server runs or not.")
public final class BackupCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the backup file to write")
    Path file;
    @Mixin
    DataOptions options = new DataOptions();

    @Override
    public Integer call() {
        ServerSettings s = options.settings();
        Path cluster = options.cluster(s);
        long start = System.nanoTime();
        TerminalProgress progress = new TerminalProgress(System.out, System.console() != null, "backup");
        Optional<DbSettings> live = EmbeddedPostgres.running(cluster);
        if (live.isPresent()) {
            DatabaseBackup.dump(PgInstallation.locate(), live.get(), file, progress);
        } else {
            try (EmbeddedPostgres pg = EmbeddedPostgres.start(cluster)) {
                DatabaseBackup.dump(pg.installation(), pg.settings(1), file, progress);
            }
        }
        progress.done();
        System.out.printf("backup: wrote %s (%d tables, %.1f MB) in %.1f s%s%n", file, progress.tables(),
                size(file) / 1e6, (System.nanoTime() - start) / 1e9, live.isPresent() ? " while the server ran" : "");
        return 0;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
