package eu.emso.dmp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a run as a Markdown table and as JSON
 * {@code {"scenarios":[{"name","kind","unit","ours","frost","ratio",...}], ...}}, where
 * {@code ours} and {@code frost} are numbers (medians) or a "not available: ..." text, and
 * {@code ratio} is a number or null. Server memory comes from {@code /proc/<pid>/status}
 * (VmRSS and VmHWM) and, for the heap, from each server's garbage collection log; in KiB.
 * Immutable.
 */
public record Report(String size, long observations, String postgres, List<ScenarioResult> scenarios,
                     Map<String, Map<String, Long>> memory) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Report {
        scenarios = List.copyOf(scenarios);
        memory = Map.copyOf(memory);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Size %s: %,d observations; %s%n%n", size, observations, postgres));
        md.append("| scenario | kind | unit | ours (median / p99) | FROST-Server (median / p99) | raw COPY | times faster |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (ScenarioResult r : scenarios) {
            md.append("| ").append(r.name()).append(" | ").append(r.kind()).append(" | ").append(r.unit())
                    .append(" | ").append(cell(r.ours())).append(" | ").append(cell(r.frost()))
                    .append(" | ").append(r.copy() == null ? "" : cell(r.copy()))
                    .append(" | ").append(r.ratio() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", r.ratio()))
                    .append(" |\n");
        }
        md.append("\nServer memory (/proc/<pid>/status and GC log, KiB): ").append(memory).append('\n');
        return md.toString();
    }

    public String json() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("size", size).put("observations", observations).put("postgres", postgres)
                .put("memorySource", "/proc/<pid>/status VmRSS (now) and VmHWM (peak); GC log: heap in use "
                        + "at the start of the fullest collection (heapUsedPeak) and most heap reserved "
                        + "(heapCommittedPeak); KiB");
        ObjectNode mem = root.putObject("memory");
        memory.forEach((peer, fields) -> fields.forEach((k, v) -> mem.withObject(peer).put(k, v)));
        ArrayNode list = root.putArray("scenarios");
        for (ScenarioResult r : scenarios) {
            ObjectNode row = list.addObject().put("name", r.name()).put("kind", r.kind()).put("unit", r.unit());
            put(row, "ours", r.ours());
            put(row, "frost", r.frost());
            if (r.copy() != null) {
                put(row, "copy", r.copy());
            }
            if (r.ratio() == null) {
                row.putNull("ratio");
            } else {
                row.put("ratio", r.ratio());
            }
        }
        return JSON.writeValueAsString(root);
    }

    public void writeJson(Path file) throws IOException {
        Files.writeString(file, json());
    }

    private static void put(ObjectNode row, String key, Measurement m) {
        if (m.available()) {
            row.put(key, m.value());
            if (m.p99() != null) {
                row.put(key + "P99", m.p99());
            }
        } else {
            row.put(key, m.unavailable());
        }
    }

    private static String cell(Measurement m) {
        if (!m.available()) {
            return m.unavailable();
        }
        String v = format(m.value());
        return m.p99() == null ? v : v + " / " + format(m.p99());
    }

    private static String format(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
