package eu.emso.dmp.server.sta.format;

import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Property;
import eu.emso.dmp.server.http.Reply;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code $resultFormat=CSV}: a collection page as comma-separated values (RFC 4180): a header
 * row naming the selected properties, one row per entity, fields quoted when they hold a comma,
 * a quote or a line break, lines ending in CRLF. Expanded to-one entities are flattened into
 * columns named by their path ({@code Datastream/name}). The next page's URL, if any, is in a
 * {@code Link: <url>; rel="next"} header. Immutable; thread-safe.
 */
public final class CsvFormat implements ResultFormat {

    @Override
    public String name() {
        return "CSV";
    }

    @Override
    public Reply collection(EntityType type, EntitySet set, String nextLink, String root) {
        List<Map<String, String>> rows = set.rows().stream().map(FlatRow::of).toList();
        Set<String> header = new LinkedHashSet<>();
        rows.forEach(r -> header.addAll(r.keySet()));
        if (rows.isEmpty()) {
            type.properties().stream().map(Property::name).forEach(header::add);
        }
        Reply reply = new Reply(200, "text/csv; charset=utf-8", Map.of(), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            line(w, new ArrayList<>(header));
            for (Map<String, String> r : rows) {
                line(w, header.stream().map(h -> r.getOrDefault(h, "")).toList());
            }
            w.flush();
        });
        return nextLink == null ? reply : reply.header("Link", "<" + nextLink + ">; rel=\"next\"");
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quoted(fields.get(i)));
        }
        w.write("\r\n");
    }

    /** A field as RFC 4180 writes it: quoted, with quotes doubled, when it needs to be. */
    static String quoted(String field) {
        boolean plain = field.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n');
        return plain ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
