package eu.emso.dmp.model.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.json.Json;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL of the transactional outbox ({@code change_outbox}): the changes of a transaction are
 * added on its own connection before it commits; {@link #claim} takes the oldest rows no other
 * notifier holds ({@code FOR UPDATE SKIP LOCKED}, so several server nodes never publish one row
 * twice) and {@link #delete} removes them once they are published, in the claiming transaction.
 */
final class Outbox {
    private Outbox() {
    }

    /** Adds one row naming {@code changes}; nothing when there are none. */
    static void append(Connection c, List<Change> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        int n = changes.size();
        Object[] types = new Object[n];
        Object[] ids = new Object[n];
        Object[] kinds = new Object[n];
        ArrayNode keys = Json.mapper().createArrayNode();
        boolean anyKeys = false;
        for (int i = 0; i < n; i++) {
            Change ch = changes.get(i);
            types[i] = ch.type().name();
            ids[i] = ch.id();
            kinds[i] = ch.kind().name();
            keys.add(Json.mapper().valueToTree(ch.keys()));
            anyKeys |= !ch.keys().isEmpty();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_outbox (entity_types, entity_ids, kinds, "
                + "entity_keys) VALUES (?, ?, ?, CAST(? AS jsonb))")) {
            ps.setArray(1, c.createArrayOf("text", types));
            ps.setArray(2, c.createArrayOf("bigint", ids));
            ps.setArray(3, c.createArrayOf("text", kinds));
            ps.setString(4, anyKeys ? keys.toString() : null);
            ps.executeUpdate();
        }
    }

    /** A claimed row: its sequence number and the changes it names, in order. */
    record Row(long seq, List<Change> changes) {
    }

    /** Locks and returns up to {@code max} of the oldest unclaimed rows. */
    static List<Row> claim(Connection c, int max) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, entity_types, entity_ids, kinds, entity_keys"
                + " FROM change_outbox ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED")) {
            ps.setInt(1, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getLong(1), changes(rs.getArray(2), rs.getArray(3), rs.getArray(4),
                            rs.getString(5))));
                }
            }
        }
        return out;
    }

    /** Removes the rows {@code seqs}. */
    static void delete(Connection c, List<Long> seqs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM change_outbox WHERE seq = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", seqs.toArray()));
            ps.executeUpdate();
        }
    }

    private static List<Change> changes(Array types, Array ids, Array kinds, String keys) throws SQLException {
        String[] t = (String[]) types.getArray();
        Long[] i = (Long[]) ids.getArray();
        String[] k = (String[]) kinds.getArray();
        JsonNode links = keys == null ? null : tree(keys);
        List<Change> out = new ArrayList<>(t.length);
        for (int j = 0; j < t.length; j++) {
            out.add(new Change(EntityType.valueOf(t[j]), i[j], Change.Kind.valueOf(k[j]),
                    links == null ? Map.of() : keys(links.get(j))));
        }
        return out;
    }

    private static JsonNode tree(String json) throws SQLException {
        try {
            return Json.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("change_outbox.entity_keys is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Long> keys(JsonNode object) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (object != null) {
            object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
        }
        return out;
    }
}
