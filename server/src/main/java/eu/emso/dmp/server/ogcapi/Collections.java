package eu.emso.dmp.server.ogcapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.Reply;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /collections} (OGC 17-069r4, /req/core/fc-md-op; OGC 19-086r6, 7.3): one list
 * answering both Features and EDR clients, from every registered source. Thread-safe.
 */
public final class Collections {
    private static final List<MediaFormat> FORMATS = List.of(MediaFormat.JSON, MediaFormat.HTML);
    private final List<CollectionSource> sources;

    public Collections(List<CollectionSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public Reply list(OgcRequest r) {
        r.onlyKnown(Set.of("f"));
        MediaFormat f = r.format(FORMATS);
        ObjectNode doc = Json.mapper().createObjectNode();
        doc.set("links", Links.selfAndAlternates(r.root() + "/collections", r.params(), f, FORMATS));
        ArrayNode a = doc.putArray("collections");
        sources.forEach(s -> s.collections(r.root()).forEach(a::add));
        return Answers.document(doc, f, "Collections");
    }

    /** The source serving collection {@code id}; 404 when none does. */
    public CollectionSource sourceOf(String id) {
        return sources.stream().filter(s -> s.serves(id)).findFirst()
                .orElseThrow(() -> OgcApiException.notFound("no collection '" + id + "'"));
    }
}
