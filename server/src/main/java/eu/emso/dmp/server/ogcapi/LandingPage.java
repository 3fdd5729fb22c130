package eu.emso.dmp.server.ogcapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.Reply;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The landing page and the conformance declaration (OGC 17-069r4, 7.2 and 7.4; OGC 19-086r6,
 * 7.2), the declaration computed from the registered building blocks. Thread-safe.
 */
public final class LandingPage {
    private static final List<MediaFormat> FORMATS = List.of(MediaFormat.JSON, MediaFormat.HTML);
    private final List<ConformanceClass> classes;

    public LandingPage(List<ConformanceClass> classes) {
        this.classes = List.copyOf(classes);
    }

    /** {@code GET /ogcapi}. */
    public Reply landing(OgcRequest r) {
        r.onlyKnown(Set.of("f"));
        MediaFormat f = r.format(FORMATS);
        ObjectNode doc = Json.mapper().createObjectNode();
        doc.put("title", "EMSO data server");
        doc.put("description", "EMSO ocean observatory platforms, sampling features and time series as "
                + "OGC API - Features and OGC API - EDR");
        ArrayNode links = Links.selfAndAlternates(r.root(), r.params(), f, FORMATS);
        links.add(Links.link(r.root() + "/api", "service-desc", "application/vnd.oai.openapi+json;version=3.0",
                "the API definition"));
        links.add(Links.link(r.root() + "/api?f=html", "service-doc", "text/html", "the API documentation"));
        links.add(Links.link(r.root() + "/conformance", "conformance", "application/json", "conformance classes"));
        links.add(Links.link(r.root() + "/conformance", "http://www.opengis.net/def/rel/ogc/1.0/conformance",
                "application/json", "conformance classes"));
        links.add(Links.link(r.root() + "/collections", "data", "application/json", "the collections"));
        links.add(Links.link(r.root() + "/collections", "http://www.opengis.net/def/rel/ogc/1.0/data",
                "application/json", "the collections"));
        doc.set("links", links);
        return Answers.document(doc, f, "EMSO data server");
    }

    /** {@code GET /ogcapi/conformance}. */
    public Reply conformance(OgcRequest r) {
        r.onlyKnown(Set.of("f"));
        MediaFormat f = r.format(FORMATS);
        ObjectNode doc = Json.mapper().createObjectNode();
        ArrayNode a = doc.putArray("conformsTo");
        uris().forEach(a::add);
        doc.set("links", Links.selfAndAlternates(r.root() + "/conformance", r.params(), f, FORMATS));
        return Answers.document(doc, f, "Conformance");
    }

    /** The URIs of every registered conformance class, without repeats. */
    public Set<String> uris() {
        Set<String> out = new LinkedHashSet<>();
        classes.forEach(c -> out.addAll(c.uris()));
        return out;
    }
}
