package eu.emso.dmp.server.sta.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entities created so far in a batch, by request id, and the replacement of {@code $<id>}
 * references (OData 4.01 Protocol 11.7; OGC 18-088, 11): a URL whose first segment is
 * {@code $ds1} continues from the entity request {@code ds1} created, and
 * {@code {"@iot.id": "$ds1"}} in a body becomes that entity's id. Not thread-safe.
 */
final class References {
    private static final Pattern ENTITY = Pattern.compile("([A-Za-z]+)\\((\\d+)\\)$");
    private final Map<String, String> created;

    References() {
        this(new HashMap<>());
    }

    private References(Map<String, String> created) {
        this.created = created;
    }

    /** An independent copy, for work that may be rolled back. */
    References copy() {
        return new References(new HashMap<>(created));
    }

    /** Notes the entity a successful request created (its {@code Location}). */
    void record(BatchRequest r, BatchResponse response, String root) {
        String location = response.headers().get("Location");
        if (r.referable() && location != null && location.startsWith(root + "/")) {
            created.put(r.id(), location.substring(root.length() + 1));
        }
    }

    /** The URL with a leading {@code $<id>} segment replaced by the path of that entity. */
    String url(String url) {
        if (!url.startsWith("$")) {
            return url;
        }
        int end = firstOf(url, "/?(");
        String name = url.substring(1, end);
        return entityPath(name) + url.substring(end);
    }

    /** A copy of {@code body} with every {@code "@iot.id": "$<id>"} replaced by the entity's id. */
    JsonNode body(JsonNode body) {
        if (body == null) {
            return null;
        }
        JsonNode copy = body.deepCopy();
        replace(copy);
        return copy;
    }

    private void replace(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode id = o.get("@iot.id");
            if (id != null && id.isTextual() && id.asText().startsWith("$")) {
                Matcher m = ENTITY.matcher(entityPath(id.asText().substring(1)));
                m.find();
                o.set("@iot.id", LongNode.valueOf(Long.parseLong(m.group(2))));
            }
            o.elements().forEachRemaining(this::replace);
        } else if (node instanceof ArrayNode a) {
            a.elements().forEachRemaining(this::replace);
        }
    }

    private String entityPath(String name) {
        String path = created.get(name);
        if (path == null) {
            throw new BadRequest("'$" + name + "' names no entity created by an earlier request of this batch");
        }
        return path;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 1; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
