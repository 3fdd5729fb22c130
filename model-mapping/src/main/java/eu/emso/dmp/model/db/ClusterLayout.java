package eu.emso.dmp.model.db;

import java.nio.file.Path;

/**
 * Where the files of an embedded cluster live under its cluster directory.
 *
 * <pre>
 * clusterDir/
 *   data/            PostgreSQL data directory (PGDATA)
 *   password         password of role dmp, mode 0600
 *   postgresql.log   server log
 *   dmp.lock         held by the process that runs the cluster
 * </pre>
 *
 * @param root the cluster directory, absolute and normalized
 */
record ClusterLayout(Path root) {
    ClusterLayout {
        root = root.toAbsolutePath().normalize();
    }

    Path data() {
        return root.resolve("data");
    }

    Path passwordFile() {
        return root.resolve("password");
    }

    Path logFile() {
        return root.resolve("postgresql.log");
    }

    Path lockFile() {
        return root.resolve("dmp.lock");
    }

    /** The file PostgreSQL writes while a postmaster runs on {@link #data()}. */
    Path postmasterPid() {
        return data().resolve("postmaster.pid");
    }
}
