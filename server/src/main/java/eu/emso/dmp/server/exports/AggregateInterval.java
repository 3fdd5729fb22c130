package eu.emso.dmp.server.exports;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The {@code interval} of {@code /aggregates}: an ISO 8601 duration from one minute to one
 * month: {@code PT1M}, {@code PT15M}, {@code PT1H}, {@code P1D}, {@code P1W}, ... of a fixed length
 * (whole minutes, at most 31 days), or {@code P1M}, the calendar month in UTC. Immutable.
 *
 * @param text   the interval as given, upper case
 * @param length the fixed length, or null for the calendar month
 */
public record AggregateInterval(String text, Duration length) {
    private static final Duration LONGEST = Duration.ofDays(31);

    /** The interval {@code s}; 400 naming {@code interval} when it is missing or not one. */
    public static AggregateInterval parse(String s) {
        if (s == null) {
            throw new ExportException(400, "interval: required, an ISO 8601 duration such as PT1H, P1D or P1M");
        }
        String t = s.trim().toUpperCase(Locale.ROOT);
        if (t.equals("P1M")) {
            return new AggregateInterval(t, null);
        }
        Duration d;
        try {
            d = t.matches("P\\d{1,4}W") ? Duration.ofDays(7L * Long.parseLong(t.substring(1, t.length() - 1)))
                    : Duration.parse(t);
        } catch (DateTimeParseException e) {
            throw new ExportException(400, "interval: '" + s + "' is not an ISO 8601 duration of minutes to a month "
                    + "(PT1M, PT10M, PT1H, P1D, P1W, P1M)");
        }
        if (d.toSeconds() < 60 || d.toSeconds() % 60 != 0 || d.getNano() != 0 || d.compareTo(LONGEST) > 0) {
            throw new ExportException(400, "interval: '" + s + "' must be whole minutes from PT1M to P31D, or P1M");
        }
        return new AggregateInterval(t, d);
    }
}
