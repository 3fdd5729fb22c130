package eu.emso.dmp.egim.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Parses Sea-Bird SBE37 real-time ASCII samples in OutputFormat 1 (converted engineering
 * units): {@code # 13.1436,  4.21000,   20.170,   37.9583, 1506.948, 01 Feb 2017, 14:10:34}.
 *
 * <p>The numeric fields come first, in the order configured in the instrument (by default
 * temperature °C, conductivity S/m, pressure dbar, salinity PSU, sound velocity m/s), then the
 * date {@code dd Mon yyyy} and the time {@code hh:mm:ss}, taken as UTC. The leading {@code #}
 * is optional. A line whose first field is numeric is a sample and must parse completely, or it
 * is rejected; other lines (prompts such as {@code S>}, command echoes, blank lines) are
 * skipped. Thread-safe.
 */
public final class Sbe37AsciiParser implements FormatParser {

    /** One numeric column of the output: its OceanSITES code and unit. */
    public record Column(String parameter, String unit) {
    }

    /** The default OutputFormat 1 layout with pressure, salinity and sound velocity enabled. */
    public static final List<Column> DEFAULT_COLUMNS = List.of(
            new Column("TEMP", "degC"), new Column("CNDC", "S/m"), new Column("PRES", "dbar"),
            new Column("PSAL", "PSU"), new Column("SVEL", "m/s"));

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    private final List<Column> columns;
    private final String sensorId;
    private final LineFormatParser lines;

    /** A parser for the default layout without a known serial number. */
    public Sbe37AsciiParser() {
        this(DEFAULT_COLUMNS, null);
    }

    /**
     * @param columns  the numeric columns in output order (copied)
     * @param sensorId the instrument serial number to stamp on records, or {@code null}
     */
    public Sbe37AsciiParser(List<Column> columns, String sensorId) {
        this.columns = List.copyOf(columns);
        this.sensorId = sensorId;
        this.lines = new LineFormatParser(Formats.SBE37_ASCII, StandardCharsets.ISO_8859_1, () -> this::interpret);
    }

    @Override
    public String format() {
        return Formats.SBE37_ASCII;
    }

    @Override
    public void parse(InputStream in, Consumer<? super ParseEvent> sink) throws IOException {
        lines.parse(in, sink);
    }

    private LineOutcome interpret(long n, String line, Consumer<? super Metadata> metadata) {
        String body = line.strip();
        if (body.startsWith("#")) {
            body = body.substring(1);
        }
        if (!Text.isCleanAscii(line)) {
            return Text.startsNumeric(body) || line.contains(",")
                    ? new Rejected(n, line, "garbled bytes in sample")
                    : new Skipped(n, line, "not a sample");
        }
        if (!Text.startsNumeric(body)) {
            return new Skipped(n, line, body.isEmpty() ? "blank line" : "not a sample");
        }
        String[] fields = body.split(",", -1);
        if (fields.length != columns.size() + 2) {
            return new Rejected(n, line, "expected " + (columns.size() + 2) + " fields, found " + fields.length);
        }
        try {
            List<Measurement> values = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                values.add(Measurement.of(c.parameter(), Text.number(fields[i], c.parameter()), c.unit()));
            }
            LocalDate date = LocalDate.parse(fields[columns.size()].strip(), DATE);
            LocalTime time = LocalTime.parse(fields[columns.size() + 1].strip(), TIME);
            return new RawRecord(n, line, date.atTime(time).toInstant(ZoneOffset.UTC), "SBE37", sensorId, values);
        } catch (NumberFormatException e) {
            return new Rejected(n, line, e.getMessage());
        } catch (DateTimeParseException e) {
            return new Rejected(n, line, "unparseable date or time: '" + e.getParsedString() + "'");
        }
    }
}
