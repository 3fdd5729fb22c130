package eu.emso.dmp.conformance.sta11.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import eu.emso.dmp.conformance.process.DirectoryProcesses;
import eu.emso.dmp.conformance.process.ScratchDirectory;
import eu.emso.dmp.conformance.process.ServerProcess;
import eu.emso.dmp.conformance.sta11.support.OceanDataSet;
import eu.emso.dmp.conformance.sta11.support.StaClient;
import eu.emso.dmp.conformance.sta11.support.StaResponse;
import eu.emso.dmp.conformance.sta11.support.Values;

/**
 * The server's life cycle as an operator sees it: SIGTERM stops the server and its embedded
 * PostgreSQL, leaving no process that uses the data directory, and a server started again on the
 * same directory serves everything created before. The tests run in order on one data directory.
 */
@DisplayName("server process life cycle")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessLifecycleTest {
    private static final Duration DATABASE_STOP = Duration.ofSeconds(20);

    private static ScratchDirectory data;
    private static ServerProcess first;
    private static ServerProcess second;
    private static OceanDataSet loaded;

    @BeforeAll
    static void start() {
        data = ScratchDirectory.create("dmp-sta11-lifecycle-");
        first = ServerProcess.start(data.path());
        loaded = OceanDataSet.load(client(first));
    }

    @AfterAll
    static void stop() {
        try {
            for (ServerProcess server : new ServerProcess[] {first, second}) {
                if (server != null) {
                    server.close();
                }
            }
        } finally {
            data.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("SIGTERM stops the server and its embedded database, leaving no process")
    void sigtermLeavesNoProcess() throws Exception {
        assertThat(DirectoryProcesses.using(data.path())).as("the embedded database runs in the data directory")
                .isNotEmpty();
        ProcessHandle serverJvm = serverJvm();

        assertThat(serverJvm.destroy()).as("SIGTERM sent").isTrue();
        serverJvm.onExit().get(60, TimeUnit.SECONDS);
        assertThat(first.isAlive()).isFalse();

        long deadline = System.nanoTime() + DATABASE_STOP.toNanos();
        List<ProcessHandle> left = DirectoryProcesses.using(data.path());
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = DirectoryProcesses.using(data.path());
        }
        assertThat(left).as("processes still using the data directory " + DATABASE_STOP + " after exit")
                .extracting(p -> p.info().commandLine().orElse("pid " + p.pid())).isEmpty();
    }

    @Test
    @Order(2)
    @DisplayName("a second start on the same data directory serves everything created before")
    void restartKeepsData() {
        second = ServerProcess.start(data.path());
        StaClient sta = client(second);
        StaResponse things = sta.get("Things?$orderby=name");
        assertThat(Values.texts(things.value(), "name")).as(things.describe()).containsExactly("OBSEA", "W1M3A");
        StaResponse count = sta.get("Observations?$count=true&$top=1");
        assertThat(count.json().path("@iot.count").asInt()).isEqualTo(OceanDataSet.observationCount());
        StaResponse temps = sta.get("Datastreams(" + loaded.w1m3aTemp() + ")/Observations?$orderby=phenomenonTime&$top=100");
        assertThat(Values.decimals(temps.value(), "result")).usingElementComparator(Values.BY_VALUE)
                .containsExactlyElementsOf(OceanDataSet.W1M3A_TEMP.values());
        // a write after the restart succeeds: ids and sequences continue where they were
        sta.create("Datastreams(" + loaded.obseaTemp() + ")/Observations",
                "{\"phenomenonTime\": \"2017-02-02T00:00:00Z\", \"result\": 14.2}");
        assertThat(sta.get("Datastreams(" + loaded.obseaTemp() + ")/Observations?$count=true&$top=1").json()
                .path("@iot.count").asInt()).isEqualTo(OceanDataSet.OBSEA_TEMP.size() + 1);
    }

    /**
     * The server JVM: the Java child of this JVM, on the first server's port where its arguments
     * are readable (the operating system may not show the arguments of a very long command line).
     */
    private static ProcessHandle serverJvm() {
        String port = Integer.toString(first.port());
        List<ProcessHandle> servers = ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .filter(p -> p.info().arguments().map(Arrays::asList).map(args -> args.contains(port)).orElse(true))
                .toList();
        assertThat(servers).as("the server JVM among the children of this JVM").hasSize(1);
        return servers.get(0);
    }

    private static StaClient client(ServerProcess server) {
        return new StaClient(URI.create(server.baseUrl() + "/v1.1"));
    }
}
