package eu.emso.dmp.model.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Backup and restore of the database {@value EmbeddedPostgres#DATABASE} with {@code pg_dump -Fc}
 * and {@code pg_restore} of the PostgreSQL installation the cluster runs on (so the client is
 * never older than the server). A backup is a consistent snapshot taken while the server goes on
 * serving; a restore replaces the whole database. Each line that the programs report (with
 * {@code --verbose}: one per table) goes to a progress consumer. Stateless.
 */
public final class DatabaseBackup {
    private static final byte[] MAGIC = "PGDMP".getBytes(StandardCharsets.US_ASCII);

    private DatabaseBackup() {
    }

    /**
     * Writes a custom-format dump of the database {@code db} connects to into {@code file}; the
     * file appears only once the dump is complete.
     *
     * @throws DatabaseException naming what pg_dump said when it fails
     */
    public static void dump(PgInstallation pg, DbSettings db, Path file, Consumer<String> progress) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        List<String> command = new ArrayList<>(List.of(pg.program("pg_dump"), "--format=custom", "--verbose",
                "--file=" + partial));
        command.addAll(connection(db));
        try {
            run(command, db, progress, "pg_dump");
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DatabaseException("Cannot write the backup " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover partial file names itself
            }
        }
    }

    /**
     * Replaces the database of the embedded cluster {@code pg} (which nothing else uses) with the
     * dump in {@code file}: drops it, creates it empty and restores the dump into it.
     *
     * @throws DatabaseException when the file is not a custom-format dump or pg_restore fails
     */
    public static void restore(EmbeddedPostgres pg, Path file, Consumer<String> progress) {
        checkDump(file);
        String admin = "jdbc:postgresql://127.0.0.1:" + pg.port() + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, pg.user(), pg.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + EmbeddedPostgres.DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + EmbeddedPostgres.DATABASE + " OWNER " + pg.user());
        } catch (SQLException e) {
            throw new DatabaseException("Cannot empty the database before the restore: " + e.getMessage(), e);
        }
        DbSettings db = pg.settings(1);
        List<String> command = new ArrayList<>(List.of(pg.installation().program("pg_restore"), "--verbose",
                "--exit-on-error", "--no-owner", "--single-transaction"));
        command.addAll(connection(db).subList(0, 3));
        command.add("--dbname=" + EmbeddedPostgres.DATABASE);
        command.add(file.toAbsolutePath().toString());
        run(command, db, progress, "pg_restore");
    }

    /**
     * Checks that {@code file} is a readable custom-format dump, before anything is changed.
     *
     * @throws DatabaseException naming the file otherwise
     */
    public static void checkDump(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(head, MAGIC)) {
                throw new DatabaseException(file + " is not a backup made by dmp backup (pg_dump custom format)");
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the backup " + file + ": " + e.getMessage(), e);
        }
    }

    /** Host, port, user and database options for a {@code jdbc:postgresql://HOST:PORT/DB} URL. */
    private static List<String> connection(DbSettings db) {
        java.net.URI uri = java.net.URI.create(db.jdbcUrl().substring("jdbc:".length()));
        return List.of("--host=" + uri.getHost(), "--port=" + uri.getPort(), "--username=" + db.user(),
                "--dbname=" + uri.getPath().substring(1));
    }

    private static void run(List<String> command, DbSettings db, Consumer<String> progress, String name) {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().put("PGPASSWORD", db.password());
        b.environment().put("PGCONNECT_TIMEOUT", "10");
        List<String> tail = new ArrayList<>();
        try {
            Process p = b.start();
            p.getOutputStream().close();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    progress.accept(line);
                    tail.add(line);
                    if (tail.size() > 5) {
                        tail.remove(0);
                    }
                }
            }
            int exit = p.waitFor();
            if (exit != 0) {
                throw new DatabaseException(name + " failed (exit " + exit + "): " + String.join(" | ", tail));
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException(name + " was interrupted", e);
        }
    }
}
