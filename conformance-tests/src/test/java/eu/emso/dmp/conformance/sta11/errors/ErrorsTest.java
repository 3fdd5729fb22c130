package eu.emso.dmp.conformance.sta11.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import com.fasterxml.jackson.databind.JsonNode;

import eu.emso.dmp.conformance.sta11.support.LoadedServer;
import eu.emso.dmp.conformance.sta11.support.StaClient;
import eu.emso.dmp.conformance.sta11.support.StaResponse;

/**
 * Malformed requests (resource paths, query options, request bodies) listed in
 * {@code malformed-requests.csv}: each must answer the expected 400 or 404 with a JSON body
 * {@code {"code", "message"}} whose message names the problem (for {@code $filter}, its position),
 * must change nothing and must leave the server healthy. The requirement each row checks is its
 * first column.
 */
@DisplayName("malformed requests")
class ErrorsTest {
    private static LoadedServer server;
    private static StaClient sta;

    @BeforeAll
    static void start() {
        server = LoadedServer.start();
        sta = server.client();
    }

    @AfterAll
    static void stop() {
        if (server == null) {
            return;
        }
        try {
            assertThat(server.process().isHealthy()).as("server healthy after all malformed requests").isTrue();
            assertThat(sta.get("Things").value()).as("nothing created").hasSize(2);
        } finally {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}: {1} {2} -> {4}")
    @CsvFileSource(resources = "/eu/emso/dmp/conformance/sta11/malformed-requests.csv", delimiter = '|',
            quoteCharacter = '`')
    @DisplayName("malformed requests answer 4xx with a JSON error, never 5xx")
    void answersClientError(String requirement, String method, String path, String body, int status,
            String messagePart) {
        String resolved = path.replace("THING", Long.toString(server.data().obsea()))
                .replace("OBSEA_TEMP", Long.toString(server.data().obseaTemp()));
        StaResponse r = switch (method) {
            case "GET" -> sta.get(resolved);
            case "POST" -> sta.post(resolved, body);
            case "PATCH" -> sta.patch(resolved, body);
            case "DELETE" -> sta.delete(resolved);
            default -> throw new IllegalArgumentException("Unknown method " + method);
        };
        assertThat(r.status()).as(requirement + ": " + r.describe()).isEqualTo(status);
        JsonNode error = r.json();
        assertThat(error.path("code").asInt()).as(r.describe()).isEqualTo(status);
        assertThat(error.path("message").asText()).as(r.describe()).contains(messagePart);
    }
}
