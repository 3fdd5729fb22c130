package eu.emso.dmp.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Collects the options of one request or one {@code $expand} item and builds the immutable
 * {@link QueryOptions}. Knows the option names of OGC 18-088, section 9.3, and which of them
 * may appear inside {@code $expand}. Not thread-safe: one instance per option list.
 */
final class OptionSet {

    static final List<String> NAMES = List.of("$filter", "$orderby", "$top", "$skip", "$count",
            "$select", "$expand", "$resultFormat", "$skiptoken");
    static final Set<String> NESTABLE = Set.of("$filter", "$orderby", "$top", "$skip", "$count",
            "$select", "$expand");

    private final int depth;
    private final List<String> seen = new ArrayList<>();
    private Optional<Expr> filter = Optional.empty();
    private List<OrderBy> orderBy = List.of();
    private OptionalInt top = OptionalInt.empty();
    private OptionalLong skip = OptionalLong.empty();
    private boolean count;
    private List<List<String>> select = List.of();
    private List<Expand> expand = List.of();
    private Optional<String> resultFormat = Optional.empty();
    private Optional<String> skipToken = Optional.empty();

    /** @param depth how many {@code $expand} levels enclose these options; 0 at the top */
    OptionSet(int depth) {
        this.depth = depth;
    }

    /** The standard spelling of an option name matched ignoring case, or {@code null}. */
    static String canonical(String name) {
        for (String known : NAMES) {
            if (known.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return known;
            }
        }
        return null;
    }

    /** Records that {@code name} was given; false if it was given before. */
    boolean firstTime(String name) {
        if (seen.contains(name)) {
            return false;
        }
        seen.add(name);
        return true;
    }

    /**
     * Parses the value {@code text[start, end)} of option {@code name} (canonical spelling);
     * errors are reported against {@code errorOption}.
     */
    void set(String name, String errorOption, String text, int start, int end) {
        switch (name) {
            case "$filter" -> filter = Optional.of(ExprParser.filter(errorOption, text, start, end));
            case "$orderby" -> orderBy = ListParsers.orderBy(errorOption, text, start, end);
            case "$top" -> top = OptionalInt.of(Scalars.top(errorOption, text, start, end));
            case "$skip" -> skip = OptionalLong.of(Scalars.skip(errorOption, text, start, end));
            case "$count" -> count = Scalars.count(errorOption, text, start, end);
            case "$select" -> select = ListParsers.select(errorOption, text, start, end);
            case "$expand" -> expand = ExpandParser.parse(errorOption, text, start, end, depth + 1);
            case "$resultFormat" -> resultFormat = Optional.of(Scalars.token(errorOption, text, start, end));
            case "$skiptoken" -> skipToken = Optional.of(text.substring(start, end));
            default -> throw new IllegalArgumentException("not a query option: " + name);
        }
    }

    QueryOptions build() {
        return new QueryOptions(filter, orderBy, top, skip, count, select, expand, resultFormat, skipToken);
    }
}
