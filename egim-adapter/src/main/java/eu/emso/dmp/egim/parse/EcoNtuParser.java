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
import java.util.List;
import java.util.function.Consumer;

/**
 * Parses the ASCII output of a WET Labs (Sea-Bird) ECO puck measuring turbidity, such as the
 * ECO NTU / NTURTD: {@code mm/dd/yy hh:mm:ss <ref> <value> [<ref> <value> ...] [<thermistor>]},
 * whitespace-separated. Each channel is a pair of its reference (the wavelength in nm, 700 for
 * turbidity) and its value; an odd trailing field is the raw thermistor count and is ignored.
 *
 * <p>The turbidity channel is the pair with reference 700, or the only pair. Its value becomes
 * {@code TUR4}: in NTU when the instrument outputs engineering units (a decimal value) or when a
 * {@link Calibration} is configured (NTU = scale × (counts − dark counts)); otherwise as raw
 * counts with unit {@code counts}. Times are UTC, two-digit years are 20yy. Lines that do not
 * start with a digit (menus, prompts) are skipped; malformed samples are rejected. Thread-safe.
 */
public final class EcoNtuParser implements FormatParser {

    /** The reference (wavelength, nm) of the turbidity channel. */
    public static final int TURBIDITY_REFERENCE = 700;

    /**
     * The calibration of the turbidity channel, from the instrument's device file.
     *
     * @param scaleFactor NTU per count
     * @param darkCounts  counts at zero turbidity
     */
    public record Calibration(double scaleFactor, double darkCounts) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/uu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private final Calibration calibration;
    private final String sensorId;
    private final LineFormatParser lines =
            new LineFormatParser(Formats.ECO_NTU, StandardCharsets.ISO_8859_1, () -> this::interpret);

    /** A parser without calibration and serial number: integer output stays in counts. */
    public EcoNtuParser() {
        this(null, null);
    }

    /**
     * @param calibration converts counts to NTU, or {@code null} to keep counts
     * @param sensorId    the instrument serial number to stamp on records, or {@code null}
     */
    public EcoNtuParser(Calibration calibration, String sensorId) {
        this.calibration = calibration;
        this.sensorId = sensorId;
    }

    @Override
    public String format() {
        return Formats.ECO_NTU;
    }

    @Override
    public void parse(InputStream in, Consumer<? super ParseEvent> sink) throws IOException {
        lines.parse(in, sink);
    }

    private LineOutcome interpret(long n, String line, Consumer<? super Metadata> metadata) {
        String body = line.strip();
        if (!Text.isCleanAscii(line)) {
            return Character.isDigit(body.isEmpty() ? ' ' : body.charAt(0))
                    ? new Rejected(n, line, "garbled bytes in sample")
                    : new Skipped(n, line, "not a sample");
        }
        if (body.isEmpty()) {
            return new Skipped(n, line, "blank line");
        }
        if (!Character.isDigit(body.charAt(0))) {
            return new Skipped(n, line, "not a sample");
        }
        String[] f = body.split("\\s+");
        if (f.length < 4) {
            return new Rejected(n, line, "expected date, time and at least one channel, found " + f.length + " fields");
        }
        try {
            var time = LocalDate.parse(f[0], DATE).atTime(LocalTime.parse(f[1], TIME)).toInstant(ZoneOffset.UTC);
            int pairs = (f.length - 2) / 2;
            int index = -1;
            for (int p = 0; p < pairs; p++) {
                String ref = f[2 + 2 * p];
                if (!ref.chars().allMatch(Character::isDigit)) {
                    return new Rejected(n, line, "channel reference is not an integer: '" + ref + "'");
                }
                if (Integer.parseInt(ref) == TURBIDITY_REFERENCE || pairs == 1) {
                    index = 3 + 2 * p;
                }
            }
            if (index < 0) {
                return new Rejected(n, line, "no turbidity channel (reference " + TURBIDITY_REFERENCE + ")");
            }
            Measurement turbidity = turbidity(f[index]);
            for (int i = 3; i < f.length; i++) {
                Text.number(f[i], "field " + (i + 1));
            }
            return new RawRecord(n, line, time, "ECO NTU", sensorId, List.of(turbidity));
        } catch (DateTimeParseException e) {
            return new Rejected(n, line, "unparseable date or time: '" + e.getParsedString() + "'");
        } catch (NumberFormatException e) {
            return new Rejected(n, line, e.getMessage());
        }
    }

    private Measurement turbidity(String text) {
        double value = Text.number(text, "turbidity");
        if (text.contains(".")) {
            return Measurement.of("TUR4", value, "NTU");
        }
        if (calibration != null) {
            return Measurement.of("TUR4", calibration.scaleFactor() * (value - calibration.darkCounts()), "NTU");
        }
        return Measurement.of("TUR4", value, "counts");
    }
}
