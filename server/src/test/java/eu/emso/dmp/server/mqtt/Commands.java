package eu.emso.dmp.server.mqtt;

import java.io.File;
import java.util.Optional;

/** Finds Debian's mosquitto programs, which the shell may keep in sbin. */
final class Commands {
    private Commands() {
    }

    /** The executable named {@code name} on the PATH or in the usual system directories. */
    static Optional<String> find(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/bin:/usr/local/sbin:/usr/local/bin";
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir, name);
            if (!dir.isEmpty() && f.canExecute()) {
                return Optional.of(f.getPath());
            }
        }
        return Optional.empty();
    }
}
