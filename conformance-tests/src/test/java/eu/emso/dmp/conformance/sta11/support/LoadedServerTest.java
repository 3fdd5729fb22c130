package eu.emso.dmp.conformance.sta11.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the test classes that share one server per class, loaded with the ocean data set:
 * started before the class's tests and stopped after them. A subclass's own {@code @BeforeAll}
 * runs after the server is up. Test classes run one after another, so the fields are the
 * current class's server.
 */
public abstract class LoadedServerTest {
    protected static LoadedServer server;
    protected static StaClient sta;
    protected static OceanDataSet data;

    @BeforeAll
    static void startLoadedServer() {
        server = LoadedServer.start();
        sta = server.client();
        data = server.data();
    }

    @AfterAll
    static void stopLoadedServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
