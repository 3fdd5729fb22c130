package eu.emso.dmp.conformance.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A fresh directory in the system temporary directory, created with mode 0755 and deleted with
 * everything below it on {@link #close()}.
 *
 * <p>The mode matters when the tests run as root: the embedded PostgreSQL then runs as an
 * unprivileged user, which must be able to traverse the directory. Not thread-safe; one owner.
 */
public final class ScratchDirectory implements AutoCloseable {
    private static final FileAttribute<Set<PosixFilePermission>> MODE_0755 =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"));

    private final Path path;

    private ScratchDirectory(Path path) {
        this.path = path;
    }

    /**
     * Creates a new, empty directory whose name starts with {@code prefix}.
     *
     * @throws UncheckedIOException when the directory cannot be created
     */
    public static ScratchDirectory create(String prefix) {
        try {
            return new ScratchDirectory(Files.createTempDirectory(prefix, MODE_0755));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a scratch directory " + prefix + "*", e);
        }
    }

    /** Creates {@code dir} and its missing parents with mode 0755 (as far as the umask allows). */
    static void createDirectories(Path dir) throws IOException {
        Files.createDirectories(dir, MODE_0755);
    }

    /** The directory, absolute. */
    public Path path() {
        return path;
    }

    /** Deletes the directory and its content; a missing directory is not an error. */
    @Override
    public void close() {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete scratch directory " + path, e);
        }
    }
}
