package eu.emso.dmp.conformance.sta11.support;

import java.net.URI;

import eu.emso.dmp.conformance.process.ScratchDirectory;
import eu.emso.dmp.conformance.process.ServerProcess;

/**
 * A server started in its own process on a fresh data directory, with {@link OceanDataSet}
 * loaded through its SensorThings 1.1 API: the fixture of one test class. {@link #close()} stops
 * the server and deletes its data. Not thread-safe; one owner.
 */
public final class LoadedServer implements AutoCloseable {
    private final ScratchDirectory data;
    private final ServerProcess server;
    private final StaClient client;
    private final OceanDataSet dataSet;

    private LoadedServer(ScratchDirectory data, ServerProcess server, StaClient client, OceanDataSet dataSet) {
        this.data = data;
        this.server = server;
        this.client = client;
        this.dataSet = dataSet;
    }

    /** Starts a server and loads the data set; on failure nothing is left running. */
    public static LoadedServer start() {
        ScratchDirectory data = ScratchDirectory.create("dmp-sta11-");
        ServerProcess server = null;
        try {
            server = ServerProcess.start(data.path());
            StaClient client = new StaClient(URI.create(server.baseUrl() + "/v1.1"));
            return new LoadedServer(data, server, client, OceanDataSet.load(client));
        } catch (RuntimeException | Error e) {
            if (server != null) {
                server.close();
            }
            data.close();
            throw e;
        }
    }

    /** A client for {@code /v1.1} of this server. */
    public StaClient client() {
        return client;
    }

    /** The ids of the loaded data set. */
    public OceanDataSet data() {
        return dataSet;
    }

    /** The server process, e.g. to check that it is still healthy. */
    public ServerProcess process() {
        return server;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            data.close();
        }
    }
}
