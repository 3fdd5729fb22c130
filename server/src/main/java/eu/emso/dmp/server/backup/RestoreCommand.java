package eu.emso.dmp.server.backup;

import eu.emso.dmp.model.db.DatabaseBackup;
import eu.emso.dmp.model.db.EmbeddedPostgres;
import eu.emso.dmp.server.config.ServerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code dmp restore FILE}: replaces the embedded database of a stopped data directory (created
 * when missing) with a backup made by {@code dmp backup}. Refuses while a server runs on it.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the embedded database of a stopped data directory with the backup FILE.")
public final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "a backup written by dmp backup")
    Path file;
    @Mixin
    DataOptions options = new DataOptions();

    @Override
    public Integer call() {
        ServerSettings s = options.settings();
        Path cluster = options.cluster(s);
        DatabaseBackup.checkDump(file);
        if (EmbeddedPostgres.running(cluster).isPresent()) {
            throw new IllegalStateException("a server is running on " + s.dataDir().toAbsolutePath()
                    + ": stop it first (a restore replaces its whole database)");
        }
        long start = System.nanoTime();
        TerminalProgress progress = new TerminalProgress(System.out, System.console() != null, "restore");
        try {
            Files.createDirectories(cluster.getParent(), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + cluster.getParent(), e);
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(cluster)) {
            DatabaseBackup.restore(pg, file, progress);
        }
        progress.done();
        System.out.printf("restore: %s restored into %s (%d tables) in %.1f s%n", file, s.dataDir().toAbsolutePath(),
                progress.tables(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
