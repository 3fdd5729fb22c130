package eu.emso.dmp.server.ogcapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The HTML representation of any JSON document of the face, for people browsing
 * (OGC 17-069r4, /req/html/content): objects as definition lists, arrays as lists, links as
 * anchors, everything escaped. Stateless; thread-safe.
 */
public final class HtmlView {

    private HtmlView() {
    }

    /** A whole page titled {@code title} showing {@code doc}. */
    public static String page(String title, JsonNode doc) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>body{font-family:sans-serif;margin:2em}"
                        + "dl{margin-left:1em}dt{font-weight:bold}</style></head><body><h1>")
                .append(escape(title)).append("</h1>\n");
        value(b, doc);
        return b.append("</body></html>\n").toString();
    }

    private static void value(StringBuilder b, JsonNode n) {
        if (n.isObject()) {
            if (n.has("href") && n.get("href").isTextual()) {
                link(b, n);
                return;
            }
            b.append("<dl>");
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                b.append("<dt>").append(escape(e.getKey())).append("</dt><dd>");
                value(b, e.getValue());
                b.append("</dd>");
            }
            b.append("</dl>\n");
        } else if (n.isArray()) {
            b.append("<ul>");
            for (JsonNode item : n) {
                b.append("<li>");
                value(b, item);
                b.append("</li>");
            }
            b.append("</ul>\n");
        } else if (n.isTextual() && n.asText().matches("https?://\\S+")) {
            b.append("<a href=\"").append(escape(n.asText())).append("\">").append(escape(n.asText())).append("</a>");
        } else {
            b.append(escape(n.isTextual() ? n.asText() : n.toString()));
        }
    }

    private static void link(StringBuilder b, JsonNode l) {
        String href = l.get("href").asText();
        String text = l.hasNonNull("title") ? l.get("title").asText() : href;
        b.append("<a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a>");
        if (l.hasNonNull("rel")) {
            b.append(" (").append(escape(l.get("rel").asText()));
            if (l.hasNonNull("type")) {
                b.append(", ").append(escape(l.get("type").asText()));
            }
            b.append(")");
        }
    }

    /** {@code s} with the five HTML special characters escaped. */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
