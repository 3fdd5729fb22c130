package eu.emso.dmp.server.sos.core;

import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.server.sos.SosException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The temporal filter of GetObservation in its KVP form (OGC 12-006 table D.3):
 * {@code om:phenomenonTime,start/end} (During), {@code om:phenomenonTime,instant} (TEquals), or
 * {@code om:phenomenonTime,latest} / {@code first} (the newest or oldest value of each
 * Datastream, as 52°North's SOS defines them). {@code om:resultTime} is accepted for During and
 * TEquals.
 *
 * @param property  {@code phenomenonTime} or {@code resultTime}
 * @param start     the start (the instant for TEquals), or null for latest/first
 * @param end       the end, or null for an instant
 * @param extreme   {@code latest} or {@code first}, or null
 */
public record TemporalFilter(String property, OffsetDateTime start, OffsetDateTime end, String extreme) {
    private static final String LOCATOR = "temporalFilter";

    static Optional<TemporalFilter> parse(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw SosException.invalid(LOCATOR, "one temporal filter per request is supported, not " + values.size());
        }
        String v = values.get(0);
        int comma = v.indexOf(',');
        if (comma < 0) {
            throw SosException.invalid(LOCATOR, "a temporal filter is 'om:phenomenonTime,<start>/<end>', not '" + v + "'");
        }
        String ref = v.substring(0, comma).trim();
        String time = v.substring(comma + 1).trim();
        String property = switch (ref) {
            case "om:phenomenonTime", "phenomenonTime" -> "phenomenonTime";
            case "om:resultTime", "resultTime" -> "resultTime";
            default -> throw SosException.invalid(LOCATOR, "the value reference '" + ref
                    + "' is not supported; use om:phenomenonTime or om:resultTime");
        };
        if (time.equals("latest") || time.equals("getLast") || time.equals("first") || time.equals("getFirst")) {
            return Optional.of(new TemporalFilter(property, null, null, time.contains("irst") ? "first" : "latest"));
        }
        int slash = time.indexOf('/');
        if (slash < 0) {
            return Optional.of(new TemporalFilter(property, instant(time), null, null));
        }
        OffsetDateTime s = instant(time.substring(0, slash));
        OffsetDateTime e = instant(time.substring(slash + 1));
        if (e.isBefore(s)) {
            throw SosException.invalid(LOCATOR, "the end of '" + time + "' is before its start");
        }
        return Optional.of(new TemporalFilter(property, s, e, null));
    }

    /** The condition on Observations; empty for latest/first, which order and limit instead. */
    Optional<Expr> condition() {
        if (extreme != null) {
            return Optional.empty();
        }
        Expr.Path p = new Expr.Path(List.of(property));
        if (end == null) {
            return Optional.of(new Expr.Binary(BinaryOp.EQ, p, new Expr.TimeLit(start)));
        }
        return Optional.of(new Expr.Binary(BinaryOp.AND, new Expr.Binary(BinaryOp.GE, p, new Expr.TimeLit(start)),
                new Expr.Binary(BinaryOp.LE, p, new Expr.TimeLit(end))));
    }

    private static OffsetDateTime instant(String s) {
        try {
            return OffsetDateTime.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw SosException.invalid(LOCATOR, "'" + s + "' is not an ISO 8601 time with offset, e.g. 2014-02-01T00:00:00Z");
        }
    }
}
