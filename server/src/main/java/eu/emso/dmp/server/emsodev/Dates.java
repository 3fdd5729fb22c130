package eu.emso.dmp.server.emsodev;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.OffsetDateTime;

/**
 * The {@code startDate} and {@code endDate} of an observations request: days as
 * {@code dd/MM/yyyy}, in UTC; the range holds the whole end day. Stateless.
 */
final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /** Midnight UTC at the start of the day {@code text}; 400 naming {@code parameter} when it is none. */
    static OffsetDateTime day(String text, String parameter) {
        if (text == null || text.isBlank()) {
            throw new EmsodevException(400, parameter + ": missing; give a day as dd/MM/yyyy, e.g. 01/02/2017");
        }
        try {
            return LocalDate.parse(text.trim(), DAY).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new EmsodevException(400, parameter + ": '" + text + "' is not a day as dd/MM/yyyy (e.g. 01/02/2017)");
        }
    }

    /** The range [start day, the day after the end day), checked to be in order. */
    static OffsetDateTime[] range(String start, String end) {
        OffsetDateTime from = day(start, "startDate");
        OffsetDateTime to = day(end, "endDate").plusDays(1);
        if (!from.isBefore(to)) {
            throw new EmsodevException(400, "endDate: " + end + " is before startDate " + start);
        }
        return new OffsetDateTime[] {from, to};
    }
}
