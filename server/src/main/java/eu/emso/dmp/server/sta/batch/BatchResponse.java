package eu.emso.dmp.server.sta.batch;

import java.util.Map;

/**
 * The answer to one request of a batch. Immutable.
 *
 * @param request     the request answered
 * @param status      the HTTP status code
 * @param headers     response headers such as {@code Location}
 * @param contentType the media type of {@code body}, or null when there is no body
 * @param body        the body text, or null
 */
public record BatchResponse(BatchRequest request, int status, Map<String, String> headers, String contentType,
                            String body) {

    public BatchResponse {
        headers = Map.copyOf(headers);
    }

    /** Whether the request succeeded (a 2xx status). */
    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** Whether the body is JSON. */
    public boolean jsonBody() {
        return contentType != null && contentType.contains("json");
    }
}
