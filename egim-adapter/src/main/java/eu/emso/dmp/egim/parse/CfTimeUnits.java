package eu.emso.dmp.egim.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CF time units of the form {@code <unit> since <reference>} (CF conventions §4.4) for the
 * standard (Gregorian, proleptic for these dates) calendar: seconds, minutes, hours or days
 * since an ISO 8601 reference time, UTC unless the reference gives an offset. Immutable.
 *
 * @param secondsPerUnit the length of one unit in seconds
 * @param reference      the reference instant
 */
record CfTimeUnits(double secondsPerUnit, Instant reference) {

    private static final Pattern UNITS = Pattern.compile("\\s*(\\w+)\\s+since\\s+(.+?)\\s*");

    /**
     * Parses a units string.
     *
     * @throws IllegalArgumentException when the string is not a supported CF time unit
     */
    static CfTimeUnits parse(String units) {
        Matcher m = UNITS.matcher(units == null ? "" : units);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a CF time unit: '" + units + "'");
        }
        double seconds = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "days", "day", "d" -> 86_400;
            case "hours", "hour", "hr", "h" -> 3_600;
            case "minutes", "minute", "min" -> 60;
            case "seconds", "second", "sec", "s" -> 1;
            default -> throw new IllegalArgumentException("unsupported time unit '" + m.group(1) + "'");
        };
        return new CfTimeUnits(seconds, reference(m.group(2)));
    }

    private static Instant reference(String text) {
        String t = text.strip().replace(' ', 'T');
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(t.endsWith("Z") ? t : t.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unparseable reference time '" + text + "'", e);
        }
    }

    /** The instant of a time value, to the millisecond. */
    Instant toInstant(double value) {
        return reference.plusMillis(Math.round(value * secondsPerUnit * 1000));
    }
}
