package eu.emso.dmp.server.federation;

import eu.emso.dmp.server.testing.TestServer;

/**
 * The remote and the local server the federation tests share (each test uses sources and remote
 * Things of its own), started on first use and stopped when the test JVM exits: starting two
 * servers with their databases is the slow part of these tests.
 */
final class Peers {
    private static TestServer remote;
    private static TestServer local;

    private Peers() {
    }

    static synchronized TestServer remote() {
        if (remote == null) {
            remote = TestServer.start(null);
            stopAtExit(remote);
        }
        return remote;
    }

    static synchronized TestServer local() {
        if (local == null) {
            local = TestServer.withFederation(StaHarvestTest.FAST);
            stopAtExit(local);
        }
        return local;
    }

    private static void stopAtExit(TestServer s) {
        Runtime.getRuntime().addShutdownHook(new Thread(s::close, "federation-test-peers"));
    }
}
