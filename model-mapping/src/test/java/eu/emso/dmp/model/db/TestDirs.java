package eu.emso.dmp.model.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary directories for cluster tests. They are created with mode 0755 so that the
 * unprivileged user PostgreSQL runs as (when the tests run as root) can traverse them.
 */
final class TestDirs {
    private TestDirs() {
    }

    static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(prefix,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    static boolean runningAsRoot() {
        return ServerAccount.forCurrentProcess().runAsUser().isPresent();
    }
}
