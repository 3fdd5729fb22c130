package eu.emso.dmp.model.db;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the test classes that share one fresh embedded cluster per class, in a 0755 temp dir. */
abstract class ClusterTest {
    protected static Path dir;
    protected static EmbeddedPostgres pg;

    @BeforeAll
    static void startCluster() throws Exception {
        dir = TestDirs.create("dmp-cluster-test");
        pg = EmbeddedPostgres.start(dir.resolve("cluster"));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (pg != null) {
            pg.close();
            pg = null;
        }
        TestDirs.delete(dir);
    }
}
