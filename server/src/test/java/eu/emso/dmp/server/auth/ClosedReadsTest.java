package eu.emso.dmp.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.testing.TestServer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A closed deployment ({@code auth.reads=authorised}): reads need an account, any role. */
class ClosedReadsTest {
    private static TestServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = TestServer.withAuth(new AuthSettings(false, false, Optional.empty(), Optional.empty(),
                Optional.empty(), "roles"));
        server.server().accounts().addUser("reader", Role.READER, List.of(), "reader-password");
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anonymousReadsAre401AndAReaderReads() {
        assertThat(http.send("GET", "/v1.1/Things", null, null, null).statusCode()).isEqualTo(401);
        assertThat(http.send("GET", "/ogcapi/collections", null, null, null).statusCode()).isEqualTo(401);
        assertThat(http.send("GET", "/v1.1/Things", null, null, "Authorization: "
                + Http.basic("reader", "reader-password")).statusCode()).isEqualTo(200);
    }

    @Test
    void healthStaysOpenForProbes() {
        assertThat(http.send("GET", "/health", null, null, null).statusCode()).isEqualTo(200);
    }
}
