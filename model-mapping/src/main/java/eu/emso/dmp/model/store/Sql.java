package eu.emso.dmp.model.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A fragment of SQL text with its bound parameters, in order. Mutable while a statement is
 * built; not thread-safe.
 */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql() {
    }

    Sql(String text) {
        this.text.append(text);
    }

    static Sql of(String text, Object... params) {
        Sql s = new Sql(text);
        s.params.addAll(List.of(params));
        return s;
    }

    Sql add(String sql) {
        text.append(sql);
        return this;
    }

    Sql add(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    /** Appends a placeholder bound to {@code value}. */
    Sql bind(Object value) {
        text.append('?');
        params.add(value);
        return this;
    }

    /** Appends {@code parts} separated by {@code separator}. */
    static Sql join(String separator, List<Sql> parts) {
        Sql s = new Sql();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                s.add(separator);
            }
            s.add(parts.get(i));
        }
        return s;
    }

    /** Wraps in parentheses. */
    Sql paren() {
        return new Sql("(").add(this).add(")");
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    String text() {
        return text.toString();
    }

    List<Object> params() {
        return List.copyOf(params);
    }

    /** Binds the parameters to a statement prepared from {@link #text()}. */
    void bindTo(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    @Override
    public String toString() {
        return text + " " + params;
    }
}
