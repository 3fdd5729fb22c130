package eu.emso.dmp.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.emso.dmp.server.config.FaultSettings;
import eu.emso.dmp.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The data directory's disk full for real (a small tmpfs filled up): writes answer 507 with a
 * message, reads go on, health names the storage, and writes resume by themselves once space is
 * freed. Skipped, saying why, where the test may not mount a tmpfs.
 */
class StorageFullTest {

    @Test
    void fullDiskRefusesWritesWith507AndWritesResumeWhenSpaceReturns() throws Exception {
        SmallDisk disk = SmallDisk.mount(256);
        assumeTrue(disk != null, "a tmpfs cannot be mounted here (needs root); the disk-full test is skipped");
        try (disk; TestServer server = TestServer.withFaults(FaultSettings.defaults(), disk.path().resolve("data"))) {
            long ds = Stored.datastream(server.url());
            assertEquals(201, server.send("POST", "/v1.1/CreateObservations", observations(ds, 0, 10)).statusCode());
            switchWal(server.dataDir()); // the next writes fill a fresh WAL segment: only table files must grow
            Path filler = disk.fill();

            HttpResponse<String> refused = server.send("POST", "/v1.1/CreateObservations", observations(ds, 10, 20_000));
            assertEquals(507, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("storage is full"), refused.body());
            HttpResponse<String> read = server.get("/v1.1/Datastreams(" + ds + ")/Observations?$count=true&$top=1");
            assertEquals(200, read.statusCode(), "reads go on");
            assertTrue(read.body().contains("\"@iot.count\":10"), "the refused write stored nothing: " + read.body());
            HttpResponse<String> health = server.get("/health");
            assertEquals(503, health.statusCode());
            assertTrue(health.body().contains("\"storage\":{\"status\":\"DOWN\""), health.body());
            assertEquals(200, server.get("/health/ready").statusCode(), "a full disk does not stop reads");

            Files.delete(filler);
            HttpResponse<String> again = server.send("POST", "/v1.1/CreateObservations", observations(ds, 10, 20_000));
            assertEquals(201, again.statusCode(), again.body());
            assertEquals(200, server.get("/health").statusCode(), "the storage is reported well again");
            assertEquals(20_010, Stored.times(server.url(), ds).size());
        }
    }

    private static String observations(long ds, int from, int n) {
        StringBuilder rows = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            rows.append(i > from ? "," : "").append("[\"").append(WriteLoad.T0.plusSeconds(i)).append("\",")
                    .append(i % 25).append(']');
        }
        return "[{\"Datastream\":{\"@iot.id\":" + ds + "},\"components\":[\"phenomenonTime\",\"result\"],"
                + "\"dataArray\":[" + rows + "]}]";
    }

    /** Starts a new WAL segment through a superuser connection to the embedded cluster. */
    private static void switchWal(Path dataDir) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres/data/postmaster.pid"));
        String password = Files.readString(dataDir.resolve("postgres/password")).strip();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/dmp",
                "dmp", password); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
            s.execute("SELECT pg_switch_wal()");
        }
        Thread.sleep(Duration.ofMillis(200).toMillis());
    }
}
