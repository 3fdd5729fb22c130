package eu.emso.dmp.server.faults;

import eu.emso.dmp.server.testing.TempDirs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for one test, so that a server's data directory can be filled up for
 * real. Mounting needs root (or CAP_SYS_ADMIN); {@link #mount} returns null where it is refused.
 */
final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** A tmpfs of {@code megabytes} MiB, or null (with the reason on stderr) where it cannot be mounted. */
    static SmallDisk mount(int megabytes) throws Exception {
        Path dir = TempDirs.create("dmp-small-disk");
        if (run(List.of("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0755", "tmpfs", dir.toString()))) {
            return new SmallDisk(dir);
        }
        TempDirs.delete(dir);
        return null;
    }

    Path path() {
        return mountPoint;
    }

    /** Writes a file that takes all the space left; returns it. */
    Path fill() throws IOException {
        Path filler = mountPoint.resolve("filler");
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
        return filler;
    }

    @Override
    public void close() throws Exception {
        run(List.of("umount", "-l", mountPoint.toString()));
        TempDirs.delete(mountPoint);
    }

    private static boolean run(List<String> command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                System.err.println(String.join(" ", command) + " refused: " + out.strip());
                return false;
            }
            return true;
        } catch (IOException e) {
            System.err.println(String.join(" ", command) + " cannot run: " + e.getMessage());
            return false;
        }
    }
}
