package eu.emso.dmp.model.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Parsers for the comma-separated options {@code $orderby} (OGC 18-088, section 9.3.3.3) and
 * {@code $select} (section 9.3.2.2). Stateless; thread-safe.
 */
final class ListParsers {

    private ListParsers() {
    }

    /** {@code expr [asc|desc] (, expr [asc|desc])*} over {@code text[start, end)}. */
    static List<OrderBy> orderBy(String option, String text, int start, int end) {
        Lexer lexer = new Lexer(option, text, start, end);
        ExprParser parser = new ExprParser(lexer);
        List<OrderBy> items = new ArrayList<>();
        do {
            Expr expr = parser.expression();
            boolean descending = false;
            Token t = lexer.peek();
            if (t.isWord("asc") || t.isWord("desc")) {
                lexer.next();
                descending = t.isWord("desc");
            }
            items.add(new OrderBy(expr, descending));
        } while (separator(lexer, "'asc', 'desc', an operator, ',' or end of input"));
        return items;
    }

    /** {@code path (, path)*} over {@code text[start, end)}; paths as in filters, e.g. {@code properties/depth}. */
    static List<List<String>> select(String option, String text, int start, int end) {
        Lexer lexer = new Lexer(option, text, start, end);
        ExprParser parser = new ExprParser(lexer);
        List<List<String>> items = new ArrayList<>();
        do {
            Token first = lexer.next();
            if (!first.is(Token.Kind.IDENT)) {
                throw lexer.expected("a property name", first);
            }
            items.add(parser.path(first).segments());
        } while (separator(lexer, "'/', ',' or end of input"));
        return items;
    }

    /** Consumes a comma and returns true, or checks for the end and returns false. */
    private static boolean separator(Lexer lexer, String expected) {
        Token t = lexer.next();
        if (t.is(Token.Kind.COMMA)) {
            return true;
        }
        if (t.is(Token.Kind.EOF)) {
            return false;
        }
        throw lexer.expected(expected, t);
    }
}
