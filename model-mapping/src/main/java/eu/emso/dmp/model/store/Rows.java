package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plain row operations on entity tables: insert, update, existence. Column names come from the model. */
final class Rows {
    private Rows() {
    }

    /** Inserts a row with the given columns; returns the new id. */
    static long insert(Connection c, EntityType type, Map<String, Object> cols) throws SQLException {
        List<String> names = new ArrayList<>(cols.keySet());
        List<String> marks = names.stream().map(Rows::placeholder).toList();
        String sql = "INSERT INTO " + type.table() + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", marks) + ") RETURNING id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, names, cols);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Updates columns of row {@code id}. */
    static void update(Connection c, EntityType type, long id, Map<String, Object> cols) throws SQLException {
        if (cols.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(cols.keySet());
        List<String> sets = names.stream().map(n -> n + " = " + placeholder(n)).toList();
        String sql = "UPDATE " + type.table() + " SET " + String.join(", ", sets) + " WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, names, cols);
            ps.setLong(names.size() + 1, id);
            ps.executeUpdate();
        }
    }

    static boolean exists(Connection c, EntityType type, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + type.table() + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Runs one statement with long parameters; returns the update count. */
    static int execute(Connection c, String sql, long... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** The first column of every row of a query with long parameters. */
    static List<Long> longs(Connection c, String sql, long... params) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static String placeholder(String column) {
        return column.equals("geom") || column.equals("observed_area") ? "ST_GeomFromWKB(?, 4326)" : "?";
    }

    private static void bind(PreparedStatement ps, List<String> names, Map<String, Object> cols)
            throws SQLException {
        for (int i = 0; i < names.size(); i++) {
            ps.setObject(i + 1, cols.get(names.get(i)));
        }
    }
}
