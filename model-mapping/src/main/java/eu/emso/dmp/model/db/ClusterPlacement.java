package eu.emso.dmp.model.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a new embedded cluster lives when its unprivileged user cannot reach the directory asked
 * for: run as root from a checkout in root's home (mode 0700), the cluster is created under
 * {@value #HOME}{@code /<name>-<hash of the path>} instead, owned by that user, and the directory
 * asked for becomes a symbolic link to it, so that the next start, backups and restores find it
 * there. Said in one log line. An existing cluster directory is never moved. Stateless.
 */
final class ClusterPlacement {
    /** The parent of relocated clusters. */
    static final String HOME = "/var/lib/dmp";
    private static final Logger LOG = LoggerFactory.getLogger(ClusterPlacement.class);

    private ClusterPlacement() {
    }

    /** The directory to run the cluster {@code clusterDir} names in (see the type description). */
    static Path place(Path clusterDir, ServerAccount account) {
        Path dir = clusterDir.toAbsolutePath().normalize();
        try {
            if (Files.isSymbolicLink(dir)) {
                return dir.toRealPath();
            }
            if (account.runAsUser().isEmpty() || Files.exists(dir) || account.canReach(dir)) {
                return dir;
            }
            Path home = Path.of(HOME);
            if (!Files.isDirectory(home)) {
                Files.createDirectories(home, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwxr-xr-x")));
            }
            Path target = home.resolve(name(dir));
            Files.createDirectories(target);
            Files.createDirectories(dir.getParent());
            Files.createSymbolicLink(dir, target);
            LOG.info("the database's user '{}' cannot reach {}: the embedded database lives in {} instead (linked"
                    + " from there)", account.runAsUser().get(), dir, target);
            return target;
        } catch (IOException e) {
            throw new DatabaseException("Cannot place the database directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A name that tells which checkout a relocated cluster belongs to: parent's name and a path hash. */
    private static String name(Path dir) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dir.toString().getBytes(StandardCharsets.UTF_8));
            String parent = dir.getParent().getFileName() == null ? "root" : dir.getParent().getFileName().toString();
            return parent.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
