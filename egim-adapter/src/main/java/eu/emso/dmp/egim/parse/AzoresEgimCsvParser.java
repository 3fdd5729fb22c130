package eu.emso.dmp.egim.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Parses the Azores EGIM CSV files published on SEANOE: {@code ;}-separated with a trailing
 * {@code ;}, a title line, a header line ({@code DATE;TIME;TEMPERATURE;CONDUCTIVITY;PRESSION;
 * SALINITY;SOUND SPEED;OXYGEN;SATURATION;NTU_SIGNAL_2;PRESSURE;}), a units line, then one row per
 * sample with {@code DATE} as {@code dd/mm/yyyy} and {@code TIME} as {@code hh:mm[:ss]} (UTC).
 *
 * <p>Columns map to OceanSITES codes by {@link #CODES} (both pressure columns, the CTD's
 * {@code PRESSION} and the tsunami meter's {@code PRESSURE}, are {@code PRES}, told apart by
 * their units); other columns keep their header name. Units come from the units line. A decimal
 * comma is accepted. The title is emitted as file {@link Metadata} once the units line is read.
 * Title, header, units and blank lines are skipped; a row without values is skipped; a row with
 * a wrong field count or unparseable value is rejected. Read as UTF-8. Thread-safe.
 */
public final class AzoresEgimCsvParser implements FormatParser {

    /** Header name (upper case) to OceanSITES parameter code. */
    public static final Map<String, String> CODES = Map.of(
            "TEMPERATURE", "TEMP", "CONDUCTIVITY", "CNDC", "PRESSION", "PRES", "SALINITY", "PSAL",
            "SOUND SPEED", "SVEL", "OXYGEN", "DOX2", "SATURATION", "OSAT", "NTU_SIGNAL_2", "TUR4",
            "PRESSURE", "PRES");

    private final LineFormatParser lines =
            new LineFormatParser(Formats.AZORES_EGIM_CSV, StandardCharsets.UTF_8, AzoresEgimCsvInterpreter::new);

    @Override
    public String format() {
        return Formats.AZORES_EGIM_CSV;
    }

    @Override
    public void parse(InputStream in, Consumer<? super ParseEvent> sink) throws IOException {
        lines.parse(in, sink);
    }
}
