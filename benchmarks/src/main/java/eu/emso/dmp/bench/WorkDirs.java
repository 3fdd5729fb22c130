package eu.emso.dmp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary work directories of benchmark runs: created with mode 0755 (the embedded PostgreSQL
 * runs as an unprivileged user when the benchmark runs as root and must enter them) and deleted
 * with everything below them, since a run leaves gigabytes of cluster and input files.
 */
final class WorkDirs {
    private WorkDirs() {
    }

    /** A new empty directory in the system temporary directory, its name starting with {@code prefix}. */
    static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(prefix, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    /** Deletes {@code dir} and its content; a missing directory is not an error. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
