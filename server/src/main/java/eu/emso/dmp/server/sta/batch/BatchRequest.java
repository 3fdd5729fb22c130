package eu.emso.dmp.server.sta.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One request inside a batch, in either batch format. Immutable (the body is never modified).
 *
 * @param id             the request id ({@code Content-ID} in multipart), unique in the batch
 * @param atomicityGroup the atomicity group (change set) it belongs to, or null
 * @param method         the HTTP method in upper case
 * @param url            the request URL as sent: relative to the service root, an absolute
 *                       path, or an absolute URL; may start with {@code $<id>}
 * @param body           the JSON body, or null
 * @param headers        the request's own headers
 * @param dependsOn      ids of requests or atomicity groups that must have succeeded first
 * @param referable      whether other requests may name it by {@code $<id>} (false for generated ids)
 */
public record BatchRequest(String id, String atomicityGroup, String method, String url, JsonNode body,
                           Map<String, String> headers, List<String> dependsOn, boolean referable) {

    public BatchRequest {
        headers = Map.copyOf(headers);
        dependsOn = List.copyOf(dependsOn);
    }
}
