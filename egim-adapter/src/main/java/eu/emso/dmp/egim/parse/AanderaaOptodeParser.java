package eu.emso.dmp.egim.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Aanderaa 4831 oxygen optode output: tab-separated
 * {@code 4831 <SN> O2conc(µM) AirSat(%) Temp(°C) CalPhase TCPhase C1RPh C2RPh C1Amp C2Amp RawTemp},
 * plain or prefixed by a data logger timestamp {@code yyyy/mm/dd hh:mm:ss.sss} (UTC).
 *
 * <p>Records carry O2 concentration as {@code DOX2} (µmol/L), air saturation as {@code OSAT} (%)
 * and temperature as {@code TEMP} (°C); the instrument is the product number, the sensor id the
 * serial number. Logger messages ({@code [dosta1:DLOGP4]:Instrument Started [Power On]}) and
 * blank lines are skipped. A line with garbled bytes (serial noise, common at power-on) is
 * rejected even if a readable sample follows the noise, as are samples with a wrong field count
 * or an unparseable number. Plain lines have no time ({@link RawRecord#time()} is null).
 * Thread-safe.
 */
public final class AanderaaOptodeParser implements FormatParser {

    private static final Pattern LOGGER_PREFIX =
            Pattern.compile("^(\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}) (.*)$", Pattern.DOTALL);
    private static final DateTimeFormatter LOGGER_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss.SSS").withResolverStyle(ResolverStyle.STRICT);
    private static final int FIELDS = 12;

    private final LineFormatParser lines =
            new LineFormatParser(Formats.AANDERAA_OPTODE, StandardCharsets.ISO_8859_1, () -> this::interpret);

    @Override
    public String format() {
        return Formats.AANDERAA_OPTODE;
    }

    @Override
    public void parse(InputStream in, Consumer<? super ParseEvent> sink) throws IOException {
        lines.parse(in, sink);
    }

    private LineOutcome interpret(long n, String line, Consumer<? super Metadata> metadata) {
        String body = line;
        Instant time = null;
        Matcher m = LOGGER_PREFIX.matcher(line);
        if (m.matches()) {
            try {
                time = LocalDateTime.parse(m.group(1), LOGGER_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return new Rejected(n, line, "unparseable logger timestamp '" + m.group(1) + "'");
            }
            body = m.group(2);
        }
        if (!Text.isCleanAscii(body)) {
            return new Rejected(n, line, "garbled bytes in line");
        }
        if (body.isBlank()) {
            return new Skipped(n, line, "blank line");
        }
        if (body.startsWith("[")) {
            return new Skipped(n, line, "logger message");
        }
        if (!Text.startsNumeric(body)) {
            return new Skipped(n, line, "not a sample");
        }
        return sample(n, line, body.strip(), time);
    }

    private LineOutcome sample(long n, String line, String body, Instant time) {
        String[] f = body.split("\t", -1);
        if (f.length != FIELDS) {
            return new Rejected(n, line, "expected " + FIELDS + " tab-separated fields, found " + f.length);
        }
        if (!f[0].strip().chars().allMatch(Character::isDigit) || !f[1].strip().chars().allMatch(Character::isDigit)) {
            return new Rejected(n, line, "product or serial number is not an integer");
        }
        try {
            List<Measurement> values = List.of(
                    Measurement.of("DOX2", Text.number(f[2], "O2 concentration"), "umol/L"),
                    Measurement.of("OSAT", Text.number(f[3], "air saturation"), "%"),
                    Measurement.of("TEMP", Text.number(f[4], "temperature"), "degC"));
            for (int i = 5; i < FIELDS; i++) {
                Text.number(f[i], "field " + (i + 1));
            }
            return new RawRecord(n, line, time, f[0].strip(), f[1].strip(), values);
        } catch (NumberFormatException e) {
            return new Rejected(n, line, e.getMessage());
        }
    }
}
