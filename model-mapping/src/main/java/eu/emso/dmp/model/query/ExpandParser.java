package eu.emso.dmp.model.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Parser for {@code $expand} (OGC 18-088, section 9.3.2.1): a comma list of navigation paths
 * such as {@code Thing/Locations}, each optionally followed by nested options in parentheses
 * separated by {@code ;}, e.g. {@code Datastreams($filter=name eq 'a';$expand=Observations($top=1))}.
 * Nesting may go to any reasonable depth (at most {@value #MAX_DEPTH} levels). Nested option
 * values are handed to the other parsers as regions of the same text, so every position is an
 * offset in the top-level option. Not thread-safe: one instance per parse.
 */
final class ExpandParser {

    static final int MAX_DEPTH = 16;

    private final String option;
    private final String text;
    private final int end;
    private final int depth;
    private int pos;

    private ExpandParser(String option, String text, int start, int end, int depth) {
        this.option = option;
        this.text = text;
        this.pos = start;
        this.end = end;
        this.depth = depth;
    }

    /** Parses {@code text[start, end)}; {@code depth} is 1 for a top-level {@code $expand}. */
    static List<Expand> parse(String option, String text, int start, int end, int depth) {
        if (depth > MAX_DEPTH) {
            throw QueryException.at(option, start, "$expand nested more than " + MAX_DEPTH + " levels deep");
        }
        ExpandParser parser = new ExpandParser(option, text, start, end, depth);
        List<Expand> items = new ArrayList<>();
        do {
            items.add(parser.item());
        } while (parser.accept(','));
        parser.skipWhitespace();
        if (parser.pos < end) {
            throw parser.expectedHere("'(', '/', ',' or end of input");
        }
        return items;
    }

    private Expand item() {
        List<String> path = new ArrayList<>();
        do {
            path.add(segment());
        } while (accept('/'));
        QueryOptions options = accept('(') ? options() : QueryOptions.none();
        return new Expand(path, options);
    }

    private String segment() {
        skipWhitespace();
        int start = pos;
        while (pos < end && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (pos == start || Character.isDigit(text.charAt(start))) {
            pos = start;
            throw expectedHere("a navigation property name");
        }
        return text.substring(start, pos);
    }

    private QueryOptions options() {
        OptionSet options = new OptionSet(depth);
        do {
            skipWhitespace();
            int nameStart = pos;
            while (pos < end && (pos == nameStart ? text.charAt(pos) == '$' : Character.isLetter(text.charAt(pos)))) {
                pos++;
            }
            String name = OptionSet.canonical(text.substring(nameStart, pos));
            if (name == null || !OptionSet.NESTABLE.contains(name)) {
                pos = nameStart;
                throw expectedHere("a query option allowed in $expand ($filter, $orderby, $top, $skip, $count, $select, $expand)");
            }
            if (!options.firstTime(name)) {
                throw QueryException.at(option, nameStart, name + " given more than once");
            }
            if (!accept('=')) {
                throw expectedHere("'='");
            }
            int valueEnd = valueEnd();
            options.set(name, option, text, pos, valueEnd);
            pos = valueEnd;
        } while (accept(';'));
        if (!accept(')')) {
            throw expectedHere("';' or ')'");
        }
        return options.build();
    }

    /** The end of the option value starting at {@code pos}: the first ';' or unbalanced ')' outside quotes. */
    private int valueEnd() {
        int level = 0;
        boolean quoted = false;
        for (int i = pos; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '(') {
                level++;
            } else if (c == ')') {
                if (level == 0) {
                    return i;
                }
                level--;
            } else if (c == ';' && level == 0) {
                return i;
            }
        }
        return end;
    }

    private boolean accept(char c) {
        skipWhitespace();
        if (pos < end && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipWhitespace() {
        while (pos < end && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private QueryException expectedHere(String what) {
        String found = pos >= end ? "end of input" : "'" + text.charAt(pos) + "'";
        return QueryException.expected(option, pos, what, found);
    }
}
