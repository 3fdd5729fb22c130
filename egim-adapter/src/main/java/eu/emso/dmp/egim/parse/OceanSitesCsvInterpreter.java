package eu.emso.dmp.egim.parse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The line strategy of {@link OceanSitesCsvParser}; holds the header state of one parse. */
final class OceanSitesCsvInterpreter implements LineInterpreter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> COORDINATES = Set.of("TIME", "DEPTH", "DEPH", "LATITUDE", "LONGITUDE");

    private final Map<String, String> fileAttributes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> vocabulary = new LinkedHashMap<>();
    private boolean inVocabulary;
    private Map<String, String> currentVariable;
    private String[] columns;
    private int timeColumn = -1;
    private int depthColumn = -1;

    @Override
    public LineOutcome interpret(long n, String line, Consumer<? super Metadata> metadata) {
        if (line.isBlank()) {
            return new Skipped(n, line, "blank line");
        }
        if (line.startsWith("#")) {
            header(line.substring(1));
            return new Skipped(n, line, "header comment");
        }
        if (columns == null) {
            return columnHeader(n, line, metadata);
        }
        return row(n, line);
    }

    private void header(String text) {
        String t = text.strip();
        if (t.equals("METADATA") || t.equals("VOCABULARY")) {
            inVocabulary = t.equals("VOCABULARY");
            return;
        }
        if (inVocabulary && t.startsWith("- ") && currentVariable != null) {
            putPair(t.substring(2), currentVariable);
        } else if (inVocabulary && t.endsWith(":") && !t.contains(" ")) {
            currentVariable = vocabulary.computeIfAbsent(t.substring(0, t.length() - 1), k -> new LinkedHashMap<>());
        } else if (!inVocabulary) {
            putPair(t, fileAttributes);
        }
    }

    private static void putPair(String text, Map<String, String> into) {
        int colon = text.indexOf(':');
        if (colon > 0) {
            into.put(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
        }
    }

    private LineOutcome columnHeader(long n, String line, Consumer<? super Metadata> metadata) {
        columns = line.strip().split(",", -1);
        for (int i = 0; i < columns.length; i++) {
            columns[i] = columns[i].strip();
            timeColumn = columns[i].equals("TIME") ? i : timeColumn;
            depthColumn = columns[i].equals("DEPTH") || columns[i].equals("DEPH") ? i : depthColumn;
        }
        if (timeColumn < 0) {
            columns = null;
            return new Rejected(n, line, "column header without a TIME column");
        }
        metadata.accept(new Metadata(n, Metadata.FILE, fileAttributes));
        vocabulary.forEach((name, attributes) -> metadata.accept(new Metadata(n, name, attributes)));
        return new Skipped(n, line, "column header");
    }

    private LineOutcome row(long n, String line) {
        String[] f = line.split(",", -1);
        if (f.length != columns.length) {
            return new Rejected(n, line, "expected " + columns.length + " fields, found " + f.length);
        }
        try {
            Instant time = LocalDateTime.parse(f[timeColumn].strip(), TIME).toInstant(ZoneOffset.UTC);
            Double depth = depthColumn < 0 || f[depthColumn].isBlank() ? null : Text.number(f[depthColumn], "DEPTH");
            List<Measurement> values = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                String name = columns[i];
                if (COORDINATES.contains(name) || name.endsWith("_QC") || f[i].isBlank()) {
                    continue;
                }
                double value = Text.number(f[i], name);
                values.add(new Measurement(name, value, unit(name), flag(name, f), depth));
            }
            return values.isEmpty() ? new Skipped(n, line, "row without values") : new RawRecord(n, line, time, null, null, values);
        } catch (DateTimeParseException e) {
            return new Rejected(n, line, "unparseable TIME '" + f[timeColumn] + "'");
        } catch (NumberFormatException e) {
            return new Rejected(n, line, e.getMessage());
        }
    }

    private String unit(String variable) {
        Map<String, String> attributes = vocabulary.get(variable);
        String unit = attributes == null ? null : attributes.get("units");
        return unit == null ? "" : unit;
    }

    private Integer flag(String variable, String[] f) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(variable + "_QC") && !f[i].isBlank()) {
                double q = Text.number(f[i], columns[i]);
                if (q != Math.rint(q)) {
                    throw new NumberFormatException(columns[i] + " is not an integer flag: '" + f[i] + "'");
                }
                return (int) q;
            }
        }
        return null;
    }
}
