package eu.emso.dmp.server.ogcapi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Replies of the face: a document as JSON or HTML, and exception documents. Stateless. */
public final class Answers {

    private Answers() {
    }

    /** {@code doc} in {@code format}: HTML as a page titled {@code title}, else JSON of that media type. */
    public static Reply document(JsonNode doc, MediaFormat format, String title) {
        if (format == MediaFormat.HTML) {
            byte[] page = HtmlView.page(title, doc).getBytes(StandardCharsets.UTF_8);
            return new Reply(200, "text/html; charset=utf-8", Map.of(), out -> out.write(page));
        }
        return new Reply(200, format.mediaType(), Map.of(), out -> Json.mapper().writeValue(out, doc));
    }

    /** The OGC API exception document of {@code e} with its status. */
    public static Reply exception(OgcApiException e) {
        return exception(e.status(), e.code(), e.getMessage());
    }

    /** An exception document {@code {"code", "description"}} with {@code status}. */
    public static Reply exception(int status, String code, String description) {
        return new Reply(status, "application/json", Map.of(), out -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("code", code);
                g.writeStringField("description", description);
                g.writeNumberField("status", status);
                g.writeEndObject();
            }
        });
    }
}
