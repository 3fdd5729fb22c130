package eu.emso.dmp.model.query;

import java.math.BigInteger;

/**
 * Parsers for the single-value options {@code $top}, {@code $skip}, {@code $count} and
 * {@code $resultFormat} (OGC 18-088, sections 9.3.3.2 to 9.3.3.4 and 14.3). Values are taken
 * literally: no surrounding blanks, no sign. Stateless; thread-safe.
 */
final class Scalars {

    private Scalars() {
    }

    /** A non-negative integer no greater than {@link Integer#MAX_VALUE}. */
    static int top(String option, String text, int start, int end) {
        long value = nonNegative(option, text, start, end, Integer.MAX_VALUE);
        return (int) value;
    }

    /** A non-negative integer no greater than {@link Long#MAX_VALUE}. */
    static long skip(String option, String text, int start, int end) {
        return nonNegative(option, text, start, end, Long.MAX_VALUE);
    }

    /** {@code true} or {@code false}, lower case. */
    static boolean count(String option, String text, int start, int end) {
        String value = text.substring(start, end);
        if (value.equals("true") || value.equals("false")) {
            return value.equals("true");
        }
        throw QueryException.expected(option, start, "'true' or 'false'", found(value));
    }

    /** Any non-empty token without blanks, e.g. {@code dataArray}. */
    static String token(String option, String text, int start, int end) {
        String value = text.substring(start, end);
        if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
            throw QueryException.expected(option, start, "a format name", found(value));
        }
        return value;
    }

    private static long nonNegative(String option, String text, int start, int end, long max) {
        String value = text.substring(start, end);
        boolean digits = !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits) {
            throw QueryException.expected(option, start, "a non-negative integer", found(value));
        }
        BigInteger number = new BigInteger(value);
        if (number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw QueryException.at(option, start, "value " + found(value) + " is larger than " + max);
        }
        return number.longValueExact();
    }

    private static String found(String value) {
        if (value.isEmpty()) {
            return "end of input";
        }
        return "'" + (value.length() > 40 ? value.substring(0, 37) + "..." : value) + "'";
    }
}
