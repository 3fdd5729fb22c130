package eu.emso.dmp.conformance.sos20;

import eu.emso.dmp.conformance.sta11.support.LoadedServer;
import java.net.URI;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Base of the SOS test classes: one {@link LoadedServer} for all of them, started before the
 * first and stopped when the test run ends, and the SOS identifiers of its data set. The Sensor
 * has neither {@code sos_procedure} nor {@code serial_number}, so its name is the procedure and
 * {@code <name>_data} the offering; the ObservedProperties are identified by their P01
 * definitions, the features by their names. Tests that write use sensors of their own, so the
 * data set stays as loaded for the others.
 */
@ExtendWith(SosServerTest.SharedServer.class)
abstract class SosServerTest {
    static final String PROCEDURE = "SBE37-SIP 37-14998";
    static final String OFFERING = PROCEDURE + "_data";
    static final String TEMP = "http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/";
    static final String PSAL = "http://vocab.nerc.ac.uk/collection/P01/current/PSLTZZ01/";
    static final String OBSEA = "OBSEA station";
    static final String W1M3A = "W1M3A station";
    static LoadedServer server;
    static SosClient sos;

    /** Starts the server once per test run; the root store closes it at the end. */
    static final class SharedServer implements BeforeAllCallback {
        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedServer.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            server = context.getRoot().getStore(NS)
                    .getOrComputeIfAbsent("server", k -> new Running(LoadedServer.start()), Running.class).server();
            sos = new SosClient(URI.create(server.process().baseUrl() + "/sos/service"));
        }
    }

    private record Running(LoadedServer server) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }
}
