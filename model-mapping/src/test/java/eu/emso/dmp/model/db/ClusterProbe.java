package eu.emso.dmp.model.db;

import java.nio.file.Path;

/**
 * Main class run in a separate JVM by {@link EmbeddedPostgresProcessTest}: starts the cluster in
 * {@code args[0]}, registers the exit hook when {@code args[1]} is {@code stop-on-exit}, prints
 * {@code READY <port>} and waits to be killed.
 */
final class ClusterProbe {
    private ClusterProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgres pg = EmbeddedPostgres.start(Path.of(args[0]));
        if ("stop-on-exit".equals(args[1])) {
            pg.stopOnExit();
        }
        System.out.println("READY " + pg.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
