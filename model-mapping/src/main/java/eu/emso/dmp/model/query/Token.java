package eu.emso.dmp.model.query;

/**
 * One lexical token of an option's text. Package-private; immutable.
 *
 * @param kind  what the token is
 * @param start 0-based offset of its first character in the option's text
 * @param raw   the characters as written
 * @param value the decoded payload: the unescaped content for strings and typed strings,
 *              otherwise the same as {@code raw}
 */
record Token(Kind kind, int start, String raw, String value) {

    /** Token kinds. */
    enum Kind { IDENT, NUMBER, STRING, TYPED_STRING, DATE, DATE_TIME, TIME_OF_DAY, INTERVAL,
        LPAREN, RPAREN, COMMA, SLASH, MINUS, EOF }

    boolean is(Kind k) {
        return kind == k;
    }

    /** Whether this is an identifier equal to {@code word}, ignoring case. */
    boolean isWord(String word) {
        return kind == Kind.IDENT && raw.equalsIgnoreCase(word);
    }

    /** How the token reads in an error message: {@code 'and'} or {@code end of input}. */
    String describe() {
        if (kind == Kind.EOF) {
            return "end of input";
        }
        String shown = raw.length() > 40 ? raw.substring(0, 37) + "..." : raw;
        return "'" + shown + "'";
    }
}
