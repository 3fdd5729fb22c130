package eu.emso.dmp.conformance.sta11.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import eu.emso.dmp.conformance.sta11.support.LoadedServer;
import eu.emso.dmp.conformance.sta11.support.StaClient;
import eu.emso.dmp.conformance.sta11.support.StaResponse;

/**
 * Malformed requests (resource paths, query options, request bodies) listed in
 * {@code malformed-requests.csv}: each must answer the expected 400 or 404 with a JSON body
 * {@code {"code", "message"}} whose message names the problem (for {@code $filter}, its position),
 * must change nothing and must leave the server healthy. Extreme requests (deep nesting, huge
 * numbers, empty bodies) must never cause a 5xx. The requirement each row checks is its
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
            StaResponse things = sta.get("Things?$filter=name ne 'deep'");
            assertThat(things.value()).as("nothing created: " + things.describe()).hasSize(2);
        } finally {
            server.close();
        }
    }

    static Stream<Arguments> extremeRequests() {
        return Stream.of(
                Arguments.of("700 nested parentheses in $filter", "GET",
                        "Things?$filter=" + "(".repeat(700) + "name eq 'OBSEA'" + ")".repeat(700), null),
                Arguments.of("700 chained not in $filter", "GET",
                        "Things?$filter=" + "not ".repeat(700) + "(name eq 'OBSEA')", null),
                Arguments.of("40 nested $expand", "GET",
                        "Things?$expand=" + "Datastreams($top=1;$expand=Thing($expand=".repeat(20) + "Locations"
                                + "))".repeat(20), null),
                Arguments.of("an unbalanced $expand", "GET", "Things?$expand=Datastreams($expand=Observations($top=1)", null),
                Arguments.of("a JSON body nested 5000 levels", "POST", "Things",
                        "{\"name\": \"deep\", \"description\": \"deep\", \"properties\": "
                                + "{\"a\": [".repeat(5000) + "]}".repeat(5000) + "}"),
                Arguments.of("an empty body", "POST", "Things", ""),
                Arguments.of("a number too large for a result", "POST", "Datastreams(" + server.data().obseaTemp() + ")/Observations",
                        "{\"phenomenonTime\": \"2017-02-05T00:00:00Z\", \"result\": 1e999999}"),
                Arguments.of("a time out of range", "POST", "Datastreams(" + server.data().obseaTemp() + ")/Observations",
                        "{\"phenomenonTime\": \"99999-02-01T00:00:00Z\", \"result\": 1}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extremeRequests")
    @DisplayName("extreme but well-formed or malformed requests never cause a server error")
    void neverServerError(String description, String method, String path, String body) {
        StaResponse r = "GET".equals(method) ? sta.get(path) : sta.post(path, body);
        assertThat(r.status()).as(description + ": " + r.describe()).isLessThan(500);
        if (r.status() >= 400) {
            assertThat(r.json().path("message").asText()).as(r.describe()).isNotBlank();
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
