package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Link;
import eu.emso.dmp.model.entity.Navigation;
import eu.emso.dmp.model.entity.Property;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.model.entity.ValueKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The select list for entities of one type (the selected properties, then the keys of to-one
 * links) and the decoding of a result row back into an {@link EntityRow}. Immutable.
 */
final class Columns {
    private final EntityType type;
    private final List<Property> properties;
    private final List<Navigation> keys;
    private final List<List<String>> select;

    /** Columns for the properties {@code $select} names ({@code select} empty: all of the version's). */
    Columns(EntityType type, List<List<String>> select, eu.emso.dmp.model.entity.Version version) {
        this.type = type;
        this.select = List.copyOf(select);
        this.properties = SelectList.properties(type, select, version);
        this.keys = type.navigations().stream().filter(n -> n.link() instanceof Link.SourceKey).toList();
    }

    /** Select items of row {@code a}, named {@code c0, c1, ...}; {@code c0} is the id. */
    String select(String a) {
        List<String> items = new ArrayList<>();
        items.add(a + ".id");
        for (Property p : properties) {
            items.addAll(expressions(p, a));
        }
        for (Navigation n : keys) {
            items.add(a + "." + ((Link.SourceKey) n.link()).column());
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            named.add(items.get(i) + " AS c" + i);
        }
        return String.join(", ", named);
    }

    /** The names {@code x.c0, x.c1, ...} of the select items, as seen from an outer query. */
    String outer(String x) {
        int n = 1 + keys.size();
        for (Property p : properties) {
            n += expressions(p, "").size();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(x + ".c" + i);
        }
        return String.join(", ", names);
    }

    private static List<String> expressions(Property p, String a) {
        String c = QcColumns.isResultQuality(p) ? QcColumns.resultQuality(a) : a + "." + p.column();
        return switch (p.kind()) {
            case ID -> List.of();
            case TEXT, INSTANT -> List.of(c);
            case JSON -> List.of(c + "::text");
            case GEOJSON -> List.of(p.column() != null ? c + "::text"
                    : "ST_AsGeoJSON(" + a + "." + p.geometryColumn() + ")");
            case INTERVAL, INSTANT_OR_INTERVAL -> List.of(a + "." + p.startColumn(), a + "." + p.endColumn());
            case RESULT -> List.of("CASE " + a + ".result_type WHEN 0 THEN " + a + ".result_string WHEN 1 THEN "
                    + "to_json(" + a + ".result_string)::text WHEN 4 THEN 'null' ELSE " + a
                    + ".result_json::text END");
        };
    }

    /** Decodes the columns starting at {@code first} (1-based) of the current row. */
    EntityRow read(ResultSet rs, int first) throws SQLException {
        int i = first;
        EntityRow row = new EntityRow(type, rs.getLong(i++));
        row.select(select);
        for (Property p : properties) {
            switch (p.kind()) {
                case TEXT -> row.put(p.name(), rs.getString(i++));
                case JSON, GEOJSON, RESULT -> {
                    String s = rs.getString(i++);
                    row.put(p.name(), s == null ? null : new RawJson(s));
                }
                case INSTANT -> {
                    Instant t = instant(rs, i++);
                    row.put(p.name(), t == null ? null : TimeValue.instant(t));
                }
                case INTERVAL, INSTANT_OR_INTERVAL -> {
                    Instant start = instant(rs, i++);
                    Instant end = instant(rs, i++);
                    boolean instant = end == null || end.equals(start) && p.kind() == ValueKind.INSTANT_OR_INTERVAL;
                    row.put(p.name(), start == null ? null : new TimeValue(start, instant ? null : end));
                }
                case ID -> row.put(p.name(), row.id());
            }
        }
        for (Navigation n : keys) {
            long k = rs.getLong(i++);
            row.putKey(n.name(), rs.wasNull() ? null : k);
        }
        return row;
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
