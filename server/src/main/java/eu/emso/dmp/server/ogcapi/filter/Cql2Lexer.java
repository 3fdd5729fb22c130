package eu.emso.dmp.server.ogcapi.filter;

import eu.emso.dmp.server.ogcapi.OgcApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CQL2 text (OGC 21-065, the BNF of the text encoding) into tokens with their positions
 * (1-based character offsets). Not thread-safe; one per parse.
 */
final class Cql2Lexer {

    /** Token kinds. */
    enum Kind { WORD, QUOTED, STRING, NUMBER, OP, LPAREN, RPAREN, COMMA, END }

    /** One token: kind, text (strings unescaped, words as written) and position. */
    record Token(Kind kind, String text, int position) {
    }

    private final String in;
    private int i;

    Cql2Lexer(String in) {
        this.in = in;
    }

    /** All tokens, ending with {@link Kind#END}. */
    List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (i < in.length() && Character.isWhitespace(in.charAt(i))) {
                i++;
            }
            if (i >= in.length()) {
                out.add(new Token(Kind.END, "", i + 1));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = i;
        char c = in.charAt(i);
        if (c == '(' || c == ')' || c == ',') {
            i++;
            return new Token(c == '(' ? Kind.LPAREN : c == ')' ? Kind.RPAREN : Kind.COMMA, String.valueOf(c), start + 1);
        }
        if (c == '\'') {
            return string(start);
        }
        if (c == '"') {
            int end = in.indexOf('"', i + 1);
            if (end < 0) {
                throw error(start + 1, "unterminated quoted property name");
            }
            i = end + 1;
            return new Token(Kind.QUOTED, in.substring(start + 1, end), start + 1);
        }
        if ("<>=".indexOf(c) >= 0) {
            i++;
            if (i < in.length() && (in.charAt(i) == '=' || c == '<' && in.charAt(i) == '>')) {
                i++;
            }
            return new Token(Kind.OP, in.substring(start, i), start + 1);
        }
        if (Character.isDigit(c) || (c == '-' || c == '+' || c == '.') && i + 1 < in.length()
                && (Character.isDigit(in.charAt(i + 1)) || in.charAt(i + 1) == '.')) {
            i++;
            while (i < in.length() && (Character.isDigit(in.charAt(i)) || ".eE".indexOf(in.charAt(i)) >= 0
                    || (in.charAt(i) == '-' || in.charAt(i) == '+') && "eE".indexOf(in.charAt(i - 1)) >= 0)) {
                i++;
            }
            return new Token(Kind.NUMBER, in.substring(start, i), start + 1);
        }
        if (Character.isLetter(c) || c == '_') {
            while (i < in.length() && (Character.isLetterOrDigit(in.charAt(i)) || in.charAt(i) == '_'
                    || in.charAt(i) == '.' || in.charAt(i) == ':')) {
                i++;
            }
            return new Token(Kind.WORD, in.substring(start, i), start + 1);
        }
        throw error(start + 1, "unexpected character '" + c + "'");
    }

    private Token string(int start) {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < in.length()) {
            char c = in.charAt(i++);
            if (c == '\'') {
                if (i < in.length() && in.charAt(i) == '\'') {
                    b.append('\'');
                    i++;
                } else {
                    return new Token(Kind.STRING, b.toString(), start + 1);
                }
            } else {
                b.append(c);
            }
        }
        throw error(start + 1, "unterminated string");
    }

    /** A 400 for the {@code filter} parameter at {@code position}. */
    static OgcApiException error(int position, String problem) {
        return OgcApiException.invalidParameter("filter", problem + " at position " + position);
    }
}
