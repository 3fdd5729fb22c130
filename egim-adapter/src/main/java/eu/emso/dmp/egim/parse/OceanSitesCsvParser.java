package eu.emso.dmp.egim.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Parses Copernicus Marine / OceanSITES time-series CSV as MOODA writes it: a {@code # METADATA}
 * block of {@code # key: value} lines, a {@code # VOCABULARY} block with one {@code # VAR:} entry
 * per column and {@code #   - key: value} attributes, then a comma-separated table with a header
 * row of {@code DEPTH}, {@code TIME} ({@code yyyy-MM-dd HH:mm:ss}, UTC), {@code <VAR>} and
 * {@code <VAR>_QC} columns.
 *
 * <p>When the header row is reached the file metadata (platform code, site, coordinates, ...) is
 * emitted as a {@link Metadata} of scope {@link Metadata#FILE}, and each variable's vocabulary as
 * a {@link Metadata} scoped by the variable name. Each data row becomes one record holding every
 * non-empty variable at that time, with its {@code _QC} value as source flag, its vocabulary
 * {@code units} and the row's depth. Header, comment and blank lines are skipped; a row with no
 * value is skipped; rows with a wrong field count or unparseable values are rejected. Read as
 * UTF-8. Thread-safe.
 */
public final class OceanSitesCsvParser implements FormatParser {

    private final LineFormatParser lines =
            new LineFormatParser(Formats.OCEANSITES_CSV, StandardCharsets.UTF_8, OceanSitesCsvInterpreter::new);

    @Override
    public String format() {
        return Formats.OCEANSITES_CSV;
    }

    @Override
    public void parse(InputStream in, Consumer<? super ParseEvent> sink) throws IOException {
        lines.parse(in, sink);
    }
}
