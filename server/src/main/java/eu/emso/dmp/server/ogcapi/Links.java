package eu.emso.dmp.server.ogcapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Link objects {@code {href, rel, type, title}} (OGC 17-069r4, 7.2) and request URLs. Stateless. */
public final class Links {

    private Links() {
    }

    /** A new link object. */
    public static ObjectNode link(String href, String rel, String type, String title) {
        ObjectNode l = Json.mapper().createObjectNode();
        l.put("href", href);
        l.put("rel", rel);
        if (type != null) {
            l.put("type", type);
        }
        if (title != null) {
            l.put("title", title);
        }
        return l;
    }

    /**
     * The self link in {@code format} and an alternate link per other format of {@code formats},
     * each as {@code url} with the request's parameters and {@code f} set.
     */
    public static ArrayNode selfAndAlternates(String url, Map<String, List<String>> params, MediaFormat format,
                                              List<MediaFormat> formats) {
        ArrayNode a = Json.mapper().createArrayNode();
        a.add(link(with(url, params, "f", format.key()), "self", format.mediaType(), "this document"));
        for (MediaFormat f : formats) {
            if (f != format) {
                a.add(link(with(url, params, "f", f.key()), "alternate", f.mediaType(), "this document as " + f.key()));
            }
        }
        return a;
    }

    /** {@code url} with {@code params}, {@code name} set to {@code value}, encoded and in a stable order. */
    public static String with(String url, Map<String, List<String>> params, String name, String value) {
        Map<String, List<String>> p = new TreeMap<>(params);
        p.put(name, List.of(value));
        StringBuilder b = new StringBuilder(url);
        char sep = '?';
        for (var e : p.entrySet()) {
            for (String v : e.getValue()) {
                b.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
                sep = '&';
            }
        }
        return b.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
