package eu.emso.dmp.server.ogcapi;

import eu.emso.dmp.model.query.Expr;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The {@code datetime} parameter (OGC 17-069r4, 7.15.4; OGC 19-086r6, 8.2.5): an instant or an
 * interval {@code start/end} with either end open ({@code ..} or empty), in RFC 3339. Compiles to
 * a {@code t_intersects} condition of the store's query model.
 *
 * @param start the start, or the earliest time the store keeps when open
 * @param end   the end, or the latest time the store keeps when open
 */
public record DatetimeParam(OffsetDateTime start, OffsetDateTime end) {
    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATEST = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC);

    /** The value of {@code text}, or null when {@code text} is null; 400 naming {@code parameter} when malformed. */
    public static DatetimeParam parse(String text, String parameter) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("/", -1);
        if (parts.length == 1) {
            OffsetDateTime t = instant(parts[0], parameter);
            return new DatetimeParam(t, t);
        }
        if (parts.length != 2 || open(parts[0]) && open(parts[1])) {
            throw OgcApiException.invalidParameter(parameter, "'" + text + "' is neither an instant nor an interval start/end");
        }
        OffsetDateTime s = open(parts[0]) ? EARLIEST : instant(parts[0], parameter);
        OffsetDateTime e = open(parts[1]) ? LATEST : instant(parts[1], parameter);
        if (s.isAfter(e)) {
            throw OgcApiException.invalidParameter(parameter, "the interval '" + text + "' ends before it starts");
        }
        return new DatetimeParam(s, e);
    }

    private static boolean open(String s) {
        return s.isEmpty() || s.equals("..");
    }

    private static OffsetDateTime instant(String s, String parameter) {
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw OgcApiException.invalidParameter(parameter, "'" + s + "' is not an RFC 3339 date-time or date");
            }
        }
    }

    /** The condition "the time at {@code path} shares an instant with this one". */
    public Expr intersects(Expr.Path path) {
        return new Expr.Call("t_intersects", List.of(path, new Expr.IntervalLit(start, end)));
    }
}
