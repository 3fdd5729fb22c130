package eu.emso.dmp.server.sta.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entity flattened into named text cells: its selected properties by name, and the
 * properties of expanded to-one entities under their path ({@code Datastream/name}). JSON values
 * are cells holding their JSON text, except strings, which hold the string itself.
 */
final class FlatRow {
    private FlatRow() {
    }

    /** The cells of {@code row}, in model order, expanded entities after the entity's own. */
    static Map<String, String> of(EntityRow row) {
        Map<String, String> out = new LinkedHashMap<>();
        add("", row, out);
        return out;
    }

    private static void add(String prefix, EntityRow row, Map<String, String> out) {
        for (Map.Entry<String, Object> e : row.values().entrySet()) {
            out.put(prefix + e.getKey(), cell(e.getValue()));
        }
        for (Map.Entry<String, Object> e : row.expanded().entrySet()) {
            if (e.getValue() instanceof EntityRow related) {
                add(prefix + e.getKey() + "/", related, out);
            } else if (e.getValue() instanceof EntitySet) {
                throw new BadRequest("CSV flattens expanded entities of to-one navigation properties only; '"
                        + prefix + e.getKey() + "' is a collection");
            }
        }
    }

    /** The text of one value. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof RawJson j) {
            String text = j.text();
            if (!text.startsWith("\"")) {
                return "null".equals(text) ? "" : text;
            }
            try {
                return Json.mapper().readTree(text).asText();
            } catch (JsonProcessingException e) {
                return text;
            }
        }
        return value.toString();
    }
}
