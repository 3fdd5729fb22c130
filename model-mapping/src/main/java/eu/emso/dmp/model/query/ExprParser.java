package eu.emso.dmp.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pratt parser for OData 4.0 common expressions as used by SensorThings API 1.1
 * {@code $filter} and {@code $orderby} (OGC 18-088, section 9.3.3.5). Binding powers, highest
 * first: grouping, prefix {@code not} and {@code -}, {@code mul div mod}, {@code add sub},
 * {@code gt ge lt le}, {@code eq ne}, {@code and}, {@code or}; binary operators are left
 * associative and their keywords case-insensitive. Not thread-safe: one instance per parse.
 */
final class ExprParser {

    private static final int MAX_DEPTH = 100;
    private static final Map<String, BinaryOp> OPERATORS = Map.ofEntries(
            Map.entry("or", BinaryOp.OR), Map.entry("and", BinaryOp.AND),
            Map.entry("eq", BinaryOp.EQ), Map.entry("ne", BinaryOp.NE),
            Map.entry("gt", BinaryOp.GT), Map.entry("ge", BinaryOp.GE),
            Map.entry("lt", BinaryOp.LT), Map.entry("le", BinaryOp.LE),
            Map.entry("add", BinaryOp.ADD), Map.entry("sub", BinaryOp.SUB),
            Map.entry("mul", BinaryOp.MUL), Map.entry("div", BinaryOp.DIV),
            Map.entry("mod", BinaryOp.MOD));
    /** Path segments after which the rest of the path addresses the inside of a JSON value. */
    private static final Set<String> JSON_ROOTS = Set.of("properties", "parameters", "resultQuality", "result");
    private static final Pattern DE9IM = Pattern.compile("[012TFtf*]{9}");

    private final Lexer lexer;
    private int depth;

    ExprParser(Lexer lexer) {
        this.lexer = lexer;
    }

    /** Parses a complete filter expression occupying {@code text[start, end)}. */
    static Expr filter(String option, String text, int start, int end) {
        Lexer lexer = new Lexer(option, text, start, end);
        Expr expr = new ExprParser(lexer).expression();
        Token rest = lexer.peek();
        if (!rest.is(Token.Kind.EOF)) {
            throw lexer.expected("an operator or end of input", rest);
        }
        return expr;
    }

    /** Parses one expression and leaves the following token unread. */
    Expr expression() {
        return expression(0);
    }

    private Expr expression(int minPower) {
        Expr left = prefix();
        while (true) {
            BinaryOp op = operator(lexer.peek());
            if (op == null || power(op) <= minPower) {
                return left;
            }
            lexer.next();
            left = new Expr.Binary(op, left, expression(power(op)));
        }
    }

    private Expr prefix() {
        Token t = lexer.next();
        if (++depth > MAX_DEPTH) {
            throw lexer.error(t.start(), "expression nested too deeply");
        }
        try {
            return switch (t.kind()) {
                case LPAREN -> group();
                case MINUS -> negation();
                case NUMBER -> Literals.number(lexer, t, false);
                case STRING -> new Expr.StrLit(t.value());
                case TYPED_STRING -> Literals.typed(lexer, t);
                case DATE, DATE_TIME -> new Expr.TimeLit(Literals.instant(lexer, t.start(), t.raw()));
                case TIME_OF_DAY -> new Expr.TimeOfDayLit(Literals.timeOfDay(lexer, t.start(), t.raw()));
                case INTERVAL -> Literals.interval(lexer, t);
                case IDENT -> word(t);
                default -> throw lexer.expected("an expression", t);
            };
        } finally {
            depth--;
        }
    }

    private Expr group() {
        Expr inner = expression(0);
        expect(Token.Kind.RPAREN, "')'");
        return inner;
    }

    private Expr negation() {
        Token next = lexer.peek();
        if (next.is(Token.Kind.NUMBER)) {
            return Literals.number(lexer, lexer.next(), true);
        }
        return new Expr.Unary(UnaryOp.NEG, prefix());
    }

    private Expr word(Token t) {
        switch (t.raw().toLowerCase(Locale.ROOT)) {
            case "not": return new Expr.Unary(UnaryOp.NOT, prefix());
            case "true": return new Expr.BoolLit(true);
            case "false": return new Expr.BoolLit(false);
            case "null": return new Expr.NullLit();
            default: break;
        }
        if (operator(t) != null) {
            throw lexer.expected("an expression", t);
        }
        Token next = lexer.peek();
        if (next.is(Token.Kind.LPAREN)) {
            return call(t);
        }
        if (Literals.looksLikeDuration(t.raw()) && !next.is(Token.Kind.SLASH)) {
            return Literals.duration(lexer, t.start(), t.raw());
        }
        return path(t);
    }

    private Expr call(Token name) {
        String function = name.raw().toLowerCase(Locale.ROOT);
        Functions.Arity arity = Functions.arity(function);
        if (arity == null) {
            throw lexer.error(name.start(), "unknown function '" + name.raw() + "'");
        }
        lexer.next();
        List<Expr> args = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        if (!lexer.peek().is(Token.Kind.RPAREN)) {
            do {
                starts.add(lexer.peek().start());
                args.add(expression(0));
            } while (accept(Token.Kind.COMMA));
        }
        expect(Token.Kind.RPAREN, args.isEmpty() ? "')'" : "',' or ')'");
        if (!arity.accepts(args.size())) {
            throw lexer.error(name.start(), "function '" + function + "' takes " + arity.describe()
                    + " but got " + args.size());
        }
        if (function.equals("st_relate") && !isPattern(args.get(2))) {
            throw lexer.error(starts.get(2), "st_relate needs a DE-9IM pattern string of 9 characters");
        }
        return new Expr.Call(function, args);
    }

    private static boolean isPattern(Expr e) {
        return e instanceof Expr.StrLit s && DE9IM.matcher(s.value()).matches();
    }

    /** Parses the rest of a member path whose first segment is {@code first}. */
    Expr.Path path(Token first) {
        List<String> segments = new ArrayList<>();
        segments.add(first.raw());
        boolean json = JSON_ROOTS.contains(first.raw());
        while (lexer.peek().is(Token.Kind.SLASH)) {
            lexer.next();
            Token segment = lexer.segment(json);
            segments.add(segment.raw());
            json = json || JSON_ROOTS.contains(segment.raw());
        }
        return new Expr.Path(segments);
    }

    private static BinaryOp operator(Token t) {
        return t.is(Token.Kind.IDENT) ? OPERATORS.get(t.raw().toLowerCase(Locale.ROOT)) : null;
    }

    private static int power(BinaryOp op) {
        return switch (op) {
            case OR -> 1;
            case AND -> 2;
            case EQ, NE -> 3;
            case GT, GE, LT, LE -> 4;
            case ADD, SUB -> 5;
            case MUL, DIV, MOD -> 6;
        };
    }

    private boolean accept(Token.Kind kind) {
        if (lexer.peek().is(kind)) {
            lexer.next();
            return true;
        }
        return false;
    }

    private void expect(Token.Kind kind, String what) {
        Token t = lexer.next();
        if (!t.is(kind)) {
            throw lexer.expected(what, t);
        }
    }
}
