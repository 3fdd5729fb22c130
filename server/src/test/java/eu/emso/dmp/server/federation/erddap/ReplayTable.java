package eu.emso.dmp.server.federation.erddap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored tabledap table and the part of ERDDAP's query grammar the fixture answers: a list of
 * variables, constraints {@code var op value} ({@code = != < <= > >=}, numbers, {@code NaN},
 * quoted strings, ISO 8601 times for {@code time}) and the filters {@code distinct()} and
 * {@code orderByMin("vars")}. Immutable.
 */
final class ReplayTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONSTRAINT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(!=|<=|>=|=|<|>)(.*)");
    private final List<String> names;
    private final List<String> units;
    private final List<List<String>> rows;
    private final ErddapTable info;
    private final Map<String, String> types = new LinkedHashMap<>();

    private ReplayTable(ErddapTable table, ErddapTable info) {
        this.names = table.names();
        this.units = table.units();
        this.rows = table.rows();
        this.info = info;
        for (List<String> r : info.rows()) {
            if (r.get(0).equals("variable")) {
                types.put(r.get(1), r.get(3));
            }
        }
    }

    static ReplayTable load(String csv, String infoCsv) {
        try {
            return new ReplayTable(ErddapTable.csv(csv, true), ErddapTable.csv(infoCsv, false));
        } catch (ErddapTable.Malformed e) {
            throw new IllegalStateException("a broken fixture: " + e.getMessage(), e);
        }
    }

    /** An answer: the selected columns with their ERDDAP types and units, and the rows. */
    record Result(List<String> columns, List<String> types, List<String> units, List<List<String>> rows) {
        String csv() {
            StringBuilder b = new StringBuilder(String.join(",", columns)).append('\n');
            b.append(String.join(",", units.stream().map(Result::quote).toList())).append('\n');
            for (List<String> r : rows) {
                b.append(String.join(",", r.stream().map(Result::quote).toList())).append('\n');
            }
            return b.toString();
        }

        String json() {
            ObjectNode table = JSON.createObjectNode();
            ArrayNode names = table.putArray("columnNames");
            columns.forEach(names::add);
            ArrayNode ts = table.putArray("columnTypes");
            types.forEach(ts::add);
            ArrayNode us = table.putArray("columnUnits");
            units.forEach(u -> {
                if (u.isEmpty()) {
                    us.addNull();
                } else {
                    us.add(u);
                }
            });
            ArrayNode rs = table.putArray("rows");
            for (List<String> r : rows) {
                ArrayNode row = rs.addArray();
                for (int i = 0; i < r.size(); i++) {
                    String v = r.get(i);
                    if (types.get(i).equals("String")) {
                        row.add(v);
                    } else if (v.equals("NaN")) {
                        row.addNull();
                    } else {
                        row.add(new java.math.BigDecimal(v));
                    }
                }
            }
            ObjectNode root = JSON.createObjectNode();
            root.set("table", table);
            return root.toPrettyString();
        }

        private static String quote(String s) {
            return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }
    }

    /** The info table as {@code index.csv} or {@code index.json} writes it. */
    String info(boolean json) {
        List<String> ts = info.names().stream().map(n -> "String").toList();
        Result r = new Result(info.names(), ts, info.names().stream().map(n -> "").toList(), info.rows());
        if (json) {
            return r.json();
        }
        String csv = r.csv();
        int units = csv.indexOf('\n');
        return csv.substring(0, units + 1) + csv.substring(csv.indexOf('\n', units + 1) + 1);
    }

    /** Answers the query parts (the variable list, then constraints and filters). */
    Result query(List<String> parts) {
        List<String> columns = parts.get(0).isEmpty() ? names : List.of(parts.get(0).split(","));
        for (String c : columns) {
            column(c);
        }
        Predicate<List<String>> keep = r -> true;
        boolean distinct = false;
        String orderByMin = null;
        for (String p : parts.subList(1, parts.size())) {
            if (p.equals("distinct()")) {
                distinct = true;
            } else if (p.startsWith("orderByMin(\"") && p.endsWith("\")")) {
                orderByMin = p.substring(12, p.length() - 2);
            } else {
                keep = keep.and(constraint(p));
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            if (keep.test(r)) {
                out.add(columns.stream().map(c -> r.get(column(c))).toList());
            }
        }
        if (distinct) {
            out = new ArrayList<>(new LinkedHashSet<>(out));
            out.sort(Comparator.comparing(r -> String.join("\u0000", r)));
        }
        if (orderByMin != null) {
            out = minimum(out, columns, List.of(orderByMin.split(",")));
        }
        return new Result(columns, columns.stream().map(c -> "time".equals(c) ? "String" : types.get(c)).toList(),
                columns.stream().map(c -> units.get(column(c))).toList(), out);
    }

    private static List<List<String>> minimum(List<List<String>> rows, List<String> columns, List<String> vars) {
        List<Integer> group = vars.subList(0, vars.size() - 1).stream().map(columns::indexOf).toList();
        int last = columns.indexOf(vars.get(vars.size() - 1));
        Map<List<String>, List<String>> min = new LinkedHashMap<>();
        for (List<String> r : rows) {
            List<String> key = group.stream().map(r::get).toList();
            min.merge(key, r, (a, b) -> a.get(last).compareTo(b.get(last)) <= 0 ? a : b);
        }
        return new ArrayList<>(min.values());
    }

    private int column(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("Unrecognized variable=\"" + name + "\".");
        }
        return i;
    }

    private Predicate<List<String>> constraint(String text) {
        Matcher m = CONSTRAINT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid constraint: " + text);
        }
        int col = column(m.group(1));
        String op = m.group(2);
        String value = m.group(3);
        if (m.group(1).equals("time")) {
            Instant t = Instant.parse(value);
            return r -> compare(Instant.parse(r.get(col)).compareTo(t), op);
        }
        if (value.startsWith("\"")) {
            String s = value.substring(1, value.length() - 1);
            return r -> compare(r.get(col).compareTo(s), op);
        }
        if (value.equals("NaN")) {
            return r -> op.equals("=") == r.get(col).equals("NaN");
        }
        double d = Double.parseDouble(value);
        return r -> !r.get(col).equals("NaN") && compare(Double.compare(Double.parseDouble(r.get(col)), d), op);
    }

    private static boolean compare(int c, String op) {
        return switch (op) {
            case "=" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }
}
