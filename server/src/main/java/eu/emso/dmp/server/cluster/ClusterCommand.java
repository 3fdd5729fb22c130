package eu.emso.dmp.server.cluster;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmp cluster up|down|status --dir DIR}. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Run a scale-out deployment on this machine (PostgreSQL primary and streaming replica,"
                + " Mosquitto, server nodes, HAProxy) under one directory, for tests and demos.",
        subcommands = {ClusterCommand.Up.class, ClusterCommand.Down.class, ClusterCommand.Status.class})
public final class ClusterCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "up", mixinStandardHelpOptions = true,
            description = "Start everything on free ports and return once it is ready; writes DIR/cluster.json."
                    + " The nodes take their other settings from the environment (DMP_...), as dmp serve does.")
    static final class Up implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "directory of the deployment (created if needed)")
        Path dir;
        @Option(names = "--nodes", defaultValue = "2", description = "number of server nodes (default: 2)")
        int nodes;

        @Override
        public Integer call() throws Exception {
            LocalCluster.up(dir, nodes, System.getenv(), System.out);
            return 0;
        }
    }

    @Command(name = "down", mixinStandardHelpOptions = true,
            description = "Stop everything of the deployment in DIR (also after an up that failed half-way).")
    static final class Down implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "directory of the deployment")
        Path dir;

        @Override
        public Integer call() {
            LocalCluster.down(dir, System.out);
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Say what of the deployment runs.")
    static final class Status implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "directory of the deployment")
        Path dir;

        @Override
        public Integer call() {
            return LocalCluster.status(dir, System.out) ? 0 : 1;
        }
    }
}
