package eu.emso.dmp.conformance.sta11.support;

import java.io.UncheckedIOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One HTTP answer of the server: status, the {@code Location} header if any, and the body text.
 * Immutable and thread-safe.
 *
 * @param status the HTTP status code
 * @param location the {@code Location} header, empty when absent
 * @param body the body as text, empty when there is none
 * @param request the method and URI that produced it, for assertion messages
 */
public record StaResponse(int status, Optional<String> location, String body, String request) {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The body parsed as JSON (decimals as written); a missing node when the body is empty. */
    public JsonNode json() {
        if (body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Not JSON: " + request + " answered " + status + " " + body, e);
        }
    }

    /** The {@code value} array of a collection answer. */
    public JsonNode value() {
        return json().path("value");
    }

    /** A one-line description for assertion messages. */
    public String describe() {
        String shown = body.length() > 600 ? body.substring(0, 600) + "..." : body;
        return request + " -> " + status + " " + shown;
    }
}
