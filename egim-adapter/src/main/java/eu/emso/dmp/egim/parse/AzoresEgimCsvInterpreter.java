package eu.emso.dmp.egim.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** The line strategy of {@link AzoresEgimCsvParser}; holds the header state of one parse. */
final class AzoresEgimCsvInterpreter implements LineInterpreter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private String title;
    private String[] columns;
    private String[] units;
    private int dateColumn;
    private int timeColumn;

    @Override
    public LineOutcome interpret(long n, String line, Consumer<? super Metadata> metadata) {
        if (line.isBlank()) {
            return new Skipped(n, line, "blank line");
        }
        if (columns == null) {
            String[] header = cells(line);
            List<String> names = Arrays.stream(header).map(s -> s.toUpperCase(Locale.ROOT)).toList();
            if (!names.contains("DATE") || !names.contains("TIME")) {
                title = title == null ? line.replace(";", " ").strip() : title;
                return new Skipped(n, line, "title line");
            }
            columns = names.toArray(String[]::new);
            dateColumn = names.indexOf("DATE");
            timeColumn = names.indexOf("TIME");
            return new Skipped(n, line, "column header");
        }
        if (units == null) {
            units = Arrays.copyOf(cells(line), columns.length);
            metadata.accept(new Metadata(n, Metadata.FILE, title == null ? Map.of() : Map.of("title", title)));
            return new Skipped(n, line, "units line");
        }
        return row(n, line);
    }

    /** Splits on ';', trims, and drops the empty cell after a trailing ';'. */
    private static String[] cells(String line) {
        String t = line.strip();
        if (t.endsWith(";")) {
            t = t.substring(0, t.length() - 1);
        }
        String[] f = t.split(";", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        return f;
    }

    private LineOutcome row(long n, String line) {
        String[] f = cells(line);
        if (f.length != columns.length) {
            return new Rejected(n, line, "expected " + columns.length + " fields, found " + f.length);
        }
        try {
            LocalTime time = LocalTime.parse(f[timeColumn]);
            Instant t = LocalDate.parse(f[dateColumn], DATE).atTime(time).toInstant(ZoneOffset.UTC);
            List<Measurement> values = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                if (i == dateColumn || i == timeColumn || f[i].isEmpty()) {
                    continue;
                }
                String code = AzoresEgimCsvParser.CODES.getOrDefault(columns[i], columns[i]);
                double value = Text.number(f[i].replace(',', '.'), columns[i]);
                values.add(Measurement.of(code, value, unit(i)));
            }
            return values.isEmpty() ? new Skipped(n, line, "row without values") : new RawRecord(n, line, t, "EGIM", null, values);
        } catch (DateTimeParseException e) {
            return new Rejected(n, line, "unparseable DATE or TIME: '" + e.getParsedString() + "'");
        } catch (NumberFormatException e) {
            return new Rejected(n, line, e.getMessage());
        }
    }

    private String unit(int column) {
        String u = units[column];
        if (u == null) {
            return "";
        }
        return u.replaceAll("^[\\[(]|[\\])]$", "").strip();
    }
}
