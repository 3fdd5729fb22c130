package eu.emso.dmp.server.portal;

import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The parameters of {@code GET /portal/api/datastreams/{id}/buckets}, checked: {@code from} and
 * {@code to} ISO 8601 times with an offset (default: the Datastream's phenomenon time), {@code n}
 * buckets from 1 to {@value #MAX_BUCKETS} (default {@value #DEFAULT_BUCKETS}), {@code hideBad}
 * {@code true} or {@code false}. Each bad value is a {@link BadRequest} naming the parameter.
 */
record BucketRequest(long datastream, Instant from, Instant to, int n, boolean hideBad) {
    static final int MAX_BUCKETS = 2000;
    static final int DEFAULT_BUCKETS = 800;

    static BucketRequest parse(String id, String from, String to, String n, String hideBad) {
        BucketRequest r = new BucketRequest(id(id), time("from", from), time("to", to), buckets(n), flag(hideBad));
        if (r.from != null && r.to != null && r.to.isBefore(r.from)) {
            throw new BadRequest("to: must not be before from (" + from + "), found '" + to + "'");
        }
        return r;
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadRequest("datastream id: expected an integer, found '" + text + "'");
        }
    }

    private static Instant time(String name, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + ": expected an ISO 8601 time with offset such as "
                    + "2014-02-01T00:00:00Z, found '" + text + "'");
        }
    }

    private static int buckets(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_BUCKETS;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_BUCKETS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequest("n: expected an integer from 1 to " + MAX_BUCKETS + ", found '" + text + "'");
    }

    private static boolean flag(String text) {
        if (text == null || text.isEmpty() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new BadRequest("hideBad: expected true or false, found '" + text + "'");
    }
}
