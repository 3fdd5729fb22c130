package eu.emso.dmp.server.sta.batch;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import eu.emso.dmp.server.http.Reply;
import eu.emso.dmp.server.sta.core.StaHandler;

/**
 * Carries out one request of a batch with the SensorThings handler, exactly as if it had come
 * on its own, after its {@code $<id>} references are replaced. Failures are thrown. Stateless.
 */
final class InnerCall {
    private InnerCall() {
    }

    static Reply run(StaHandler handler, Version v, String root, BatchRequest r, References refs) {
        InnerUrl url = InnerUrl.parse(refs.url(r.url()), v);
        StaHandler.Request request = new StaHandler.Request(v, root, url.path(), url.params());
        JsonNode body = refs.body(r.body());
        if (url.path().isEmpty()) {
            if (!r.method().equals("GET")) {
                throw new BadRequest("the service root only answers GET");
            }
            return handler.root(v, root);
        }
        return switch (r.method()) {
            case "GET" -> handler.get(request);
            case "POST" -> handler.post(request, required(body, r));
            case "PATCH" -> handler.update(request, required(body, r), false);
            case "PUT" -> handler.update(request, required(body, r), true);
            case "DELETE" -> handler.delete(request);
            default -> throw new BadRequest("method " + r.method() + " is not allowed in a batch");
        };
    }

    private static JsonNode required(JsonNode body, BatchRequest r) {
        if (body == null || body.isNull()) {
            throw new BadRequest("request '" + r.id() + "' needs a JSON body");
        }
        return body;
    }
}
