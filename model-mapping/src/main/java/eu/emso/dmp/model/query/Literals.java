package eu.emso.dmp.model.query;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Converts literal tokens into {@link Expr.Literal} values, turning every conversion failure
 * into a {@link QueryException} at the literal's position. Stateless; thread-safe.
 */
final class Literals {

    /** ISO 8601 day-time durations; years, months and weeks are matched only to be rejected. */
    private static final Pattern DURATION = Pattern.compile(
            "-?P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?");
    private static final Pattern SRID = Pattern.compile("(?i)SRID=(\\d{1,9});");
    private static final int WGS84 = 4326;

    private Literals() {
    }

    static Expr.NumLit number(Lexer lexer, Token t, boolean negative) {
        String raw = t.raw();
        try {
            BigDecimal value = new BigDecimal(raw);
            if (value.scale() < -10_000 || value.scale() > 10_000) {
                throw lexer.error(t.start(), "number out of range '" + raw + "'");
            }
            boolean integral = raw.indexOf('.') < 0 && raw.indexOf('e') < 0 && raw.indexOf('E') < 0;
            return new Expr.NumLit(negative ? value.negate() : value, integral);
        } catch (NumberFormatException e) {
            throw lexer.error(t.start(), "malformed number '" + raw + "'");
        }
    }

    static OffsetDateTime instant(Lexer lexer, int position, String raw) {
        try {
            if (raw.length() == 10) {
                return LocalDate.parse(raw).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(raw.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException e) {
            throw lexer.error(position, "invalid date-time '" + raw + "'");
        }
    }

    static Expr.IntervalLit interval(Lexer lexer, Token t) {
        int slash = t.raw().indexOf('/');
        OffsetDateTime start = instant(lexer, t.start(), t.raw().substring(0, slash));
        OffsetDateTime end = instant(lexer, t.start() + slash + 1, t.raw().substring(slash + 1));
        if (end.isBefore(start)) {
            throw lexer.error(t.start(), "interval ends before it starts '" + t.raw() + "'");
        }
        return new Expr.IntervalLit(start, end);
    }

    static boolean looksLikeDuration(String word) {
        return word.length() > 1 && !word.equals("PT") && DURATION.matcher(word).matches();
    }

    static Expr.DurationLit duration(Lexer lexer, int position, String text) {
        if (!looksLikeDuration(text)) {
            throw lexer.error(position, "invalid duration '" + text + "'");
        }
        String date = text.contains("T") ? text.substring(0, text.indexOf('T')) : text;
        if (date.contains("Y") || date.contains("M") || date.contains("W")) {
            throw lexer.error(position, "durations with years, months or weeks are not supported '" + text + "'");
        }
        try {
            return new Expr.DurationLit(Duration.parse(text));
        } catch (DateTimeException | ArithmeticException e) {
            throw lexer.error(position, "invalid duration '" + text + "'");
        }
    }

    /** A typed string: {@code duration'...'}, {@code geography'...'} or {@code geometry'...'}. */
    static Expr.Literal typed(Lexer lexer, Token t) {
        String prefix = t.raw().substring(0, t.raw().indexOf('\'')).toLowerCase(Locale.ROOT);
        switch (prefix) {
            case "duration": return duration(lexer, t.start(), t.value());
            case "geography": return geo(lexer, t, true);
            case "geometry": return geo(lexer, t, false);
            default: throw lexer.error(t.start(), "unknown literal type '" + prefix + "'");
        }
    }

    private static Expr.GeoLit geo(Lexer lexer, Token t, boolean geography) {
        String wkt = t.value().trim();
        Matcher srid = SRID.matcher(wkt);
        if (srid.lookingAt()) {
            if (Integer.parseInt(srid.group(1)) != WGS84) {
                throw lexer.error(t.start(), "only SRID 4326 is supported, found " + srid.group());
            }
            wkt = wkt.substring(srid.end()).trim();
        }
        try {
            new WKTReader().read(wkt);
        } catch (ParseException | RuntimeException e) {
            throw lexer.error(t.start(), "invalid WKT in " + t.describe() + ": " + e.getMessage());
        }
        return new Expr.GeoLit(wkt, geography);
    }

    static java.time.LocalTime timeOfDay(Lexer lexer, int position, String raw) {
        try {
            return java.time.LocalTime.parse(raw);
        } catch (java.time.format.DateTimeParseException e) {
            throw lexer.error(position, "invalid time of day '" + raw + "'");
        }
    }
}
