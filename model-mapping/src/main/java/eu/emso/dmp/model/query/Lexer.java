package eu.emso.dmp.model.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenizer for the OData expression syntax used by {@code $filter}, {@code $orderby} and
 * {@code $select}. Works on a region of a text so that options nested in {@code $expand} report
 * positions in the enclosing option's text. One token of look-ahead. Not thread-safe: one
 * instance per parse.
 */
final class Lexer {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final String DATE_TIME =
            DATE + "T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|z|[+-]\\d{2}:\\d{2})";
    private static final String INSTANT = "(?:" + DATE_TIME + "|" + DATE + ")";
    private static final Pattern INTERVAL_P = Pattern.compile(INSTANT + "/" + INSTANT);
    private static final Pattern DATE_TIME_P = Pattern.compile(DATE_TIME);
    private static final Pattern DATE_P = Pattern.compile(DATE);
    private static final Pattern TIME_OF_DAY_P = Pattern.compile("\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?");
    /** A time zone offset whose '+' was decoded to a blank, as happens when it is not URL-encoded. */
    private static final Pattern DECODED_PLUS = Pattern.compile(" \\d{2}:\\d{2}(?![\\d:])");
    private static final Pattern NUMBER_P = Pattern.compile("\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");

    private final String option;
    private final String text;
    private final int end;
    private int pos;
    private Token peeked;

    Lexer(String option, String text, int start, int end) {
        this.option = option;
        this.text = text;
        this.pos = start;
        this.end = end;
    }

    String option() {
        return option;
    }

    Token peek() {
        if (peeked == null) {
            peeked = scan();
        }
        return peeked;
    }

    Token next() {
        Token t = peek();
        peeked = null;
        return t;
    }

    /**
     * Reads the path segment right after a {@code /}, without skipping blanks. A navigation or
     * property name starts with a letter, {@code _} or {@code @}; a member name inside a JSON
     * value (after {@code properties/}, {@code result/}, ...) may also start with a digit and
     * contain {@code -}.
     */
    Token segment(boolean json) {
        if (peeked != null) {
            throw new IllegalStateException("segment() after peek()");
        }
        int start = pos;
        if (json || pos < end && isIdentStart(text.charAt(pos)) && text.charAt(pos) != '$') {
            while (pos < end && (json ? isJsonKeyChar(text.charAt(pos)) : isIdentPart(text.charAt(pos)))) {
                pos++;
            }
        }
        if (pos == start) {
            throw expected("a property or navigation name", scan());
        }
        String raw = text.substring(start, pos);
        return new Token(Token.Kind.IDENT, start, raw, raw);
    }

    QueryException expected(String what, Token found) {
        return QueryException.expected(option, found.start(), what, found.describe());
    }

    QueryException error(int position, String problem) {
        return QueryException.at(option, position, problem);
    }

    private Token scan() {
        skipWhitespace();
        if (pos >= end) {
            return new Token(Token.Kind.EOF, end, "", "");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '(': return single(Token.Kind.LPAREN);
            case ')': return single(Token.Kind.RPAREN);
            case ',': return single(Token.Kind.COMMA);
            case '/': return single(Token.Kind.SLASH);
            case '-': return single(Token.Kind.MINUS);
            case '\'': return string(pos, pos, Token.Kind.STRING);
            default: break;
        }
        if (c >= '0' && c <= '9') {
            return numberOrTime();
        }
        if (isIdentStart(c)) {
            return identifier();
        }
        throw error(pos, "unexpected character '" + c + "'");
    }

    private Token single(Token.Kind kind) {
        Token t = new Token(kind, pos, text.substring(pos, pos + 1), text.substring(pos, pos + 1));
        pos++;
        return t;
    }

    private Token numberOrTime() {
        int start = pos;
        Token.Kind kind;
        Matcher m;
        if ((m = match(INTERVAL_P)).lookingAt()) {
            kind = Token.Kind.INTERVAL;
        } else if ((m = match(DATE_TIME_P)).lookingAt()) {
            kind = Token.Kind.DATE_TIME;
        } else if ((m = match(DATE_P)).lookingAt()) {
            kind = Token.Kind.DATE;
        } else if ((m = match(TIME_OF_DAY_P)).lookingAt()) {
            kind = Token.Kind.TIME_OF_DAY;
        } else {
            m = match(NUMBER_P);
            m.lookingAt();
            kind = Token.Kind.NUMBER;
        }
        pos = m.end();
        if (pos < end && (isIdentPart(text.charAt(pos)) || text.charAt(pos) == ':')) {
            int stop = pos;
            while (stop < end && (isIdentPart(text.charAt(stop)) || ":+-".indexOf(text.charAt(stop)) >= 0)) {
                stop++;
            }
            String hint = DECODED_PLUS.matcher(text).region(stop, end).lookingAt()
                    ? " (a '+' offset must be sent URL-encoded as %2B)" : "";
            throw error(start, "malformed number or date-time '" + text.substring(start, stop) + "'" + hint);
        }
        String raw = text.substring(start, pos);
        return new Token(kind, start, raw, raw);
    }

    private Token identifier() {
        int start = pos;
        while (pos < end && isIdentPart(text.charAt(pos))) {
            pos++;
        }
        if (pos < end && text.charAt(pos) == '\'') {
            return string(start, pos, Token.Kind.TYPED_STRING);
        }
        String raw = text.substring(start, pos);
        return new Token(Token.Kind.IDENT, start, raw, raw);
    }

    /** Reads a quoted string whose opening quote is at {@code quote}; {@code ''} is one quote. */
    private Token string(int start, int quote, Token.Kind kind) {
        StringBuilder value = new StringBuilder();
        int i = quote + 1;
        while (true) {
            int close = text.indexOf('\'', i);
            if (close < 0 || close >= end) {
                throw error(quote, "unterminated string literal");
            }
            value.append(text, i, close);
            if (close + 1 < end && text.charAt(close + 1) == '\'') {
                value.append('\'');
                i = close + 2;
            } else {
                pos = close + 1;
                return new Token(kind, start, text.substring(start, pos), value.toString());
            }
        }
    }

    private Matcher match(Pattern p) {
        return p.matcher(text).region(pos, end);
    }

    private void skipWhitespace() {
        while (pos < end && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '@' || c == '$';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || Character.isDigit(c) || c == '.';
    }

    private static boolean isJsonKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '@';
    }
}
