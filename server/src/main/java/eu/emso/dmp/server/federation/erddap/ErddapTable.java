package eu.emso.dmp.server.federation.erddap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as ERDDAP writes it, every cell as text: {@code .csv} (a row of column names, a row of
 * units, then the data rows, each ended by a newline; RFC 4180 quoting) or {@code .json}
 * ({@code {"table": {"columnNames": [...], "columnTypes": [...], "columnUnits": [...], "rows": [[...]]}}},
 * {@code null} cells as {@code NaN}). An answer that is cut off or does not have the shape raises
 * {@link Malformed}. Immutable.
 */
record ErddapTable(List<String> names, List<String> units, List<List<String>> rows) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer that is not a whole table. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    ErddapTable {
        names = List.copyOf(names);
        units = List.copyOf(units);
        rows = List.copyOf(rows);
    }

    /** The index of column {@code name}, or -1. */
    int column(String name) {
        return names.indexOf(name);
    }

    /** Parses a {@code .csv} answer; {@code unitsRow} false for tables without one (info's index.csv). */
    static ErddapTable csv(String body, boolean unitsRow) throws Malformed {
        if (body.isEmpty() || body.charAt(body.length() - 1) != '\n') {
            throw new Malformed("the CSV answer does not end with a complete row (cut off?)");
        }
        List<List<String>> lines = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < body.length()) {
            lines.add(line(body, pos));
        }
        if (lines.size() < (unitsRow ? 2 : 1)) {
            throw new Malformed("the CSV answer has no header" + (unitsRow ? " and units rows" : ""));
        }
        List<String> names = lines.get(0);
        List<String> units = unitsRow ? lines.get(1) : List.of();
        List<List<String>> rows = lines.subList(unitsRow ? 2 : 1, lines.size());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != names.size()) {
                throw new Malformed("CSV row " + (i + 1) + " has " + rows.get(i).size() + " cells, not "
                        + names.size());
            }
        }
        return new ErddapTable(names, units, rows);
    }

    /** Reads one CSV line from {@code pos}, which it moves past the line's newline. */
    private static List<String> line(String s, int[] pos) throws Malformed {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = pos[0];
        boolean quoted = false;
        while (true) {
            if (i >= s.length()) {
                throw new Malformed("the CSV answer ends inside a quoted cell (cut off?)");
            }
            char c = s.charAt(i++);
            if (quoted) {
                if (c == '"' && i < s.length() && s.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        pos[0] = i;
        return cells;
    }

    /** Parses a {@code .json} answer. */
    static ErddapTable json(String body) throws Malformed {
        JsonNode table;
        try {
            table = JSON.readTree(body).path("table");
        } catch (IOException e) {
            throw new Malformed("the JSON answer does not parse (cut off?): " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getOriginalMessage() : e.getMessage()));
        }
        if (!table.path("columnNames").isArray() || !table.path("rows").isArray()) {
            throw new Malformed("the JSON answer is not an ERDDAP table (no table.columnNames and table.rows)");
        }
        List<String> names = texts(table.path("columnNames"));
        List<String> units = table.path("columnUnits").isArray() ? texts(table.path("columnUnits")) : List.of();
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : table.path("rows")) {
            if (!row.isArray() || row.size() != names.size()) {
                throw new Malformed("JSON row " + (rows.size() + 1) + " does not have " + names.size() + " cells");
            }
            rows.add(texts(row));
        }
        return new ErddapTable(names, units, rows);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode n : array) {
            out.add(n.isNull() ? "NaN" : n.asText());
        }
        return out;
    }
}
