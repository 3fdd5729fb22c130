package eu.emso.dmp.server.ogcapi.filter;

import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.UnaryOp;
import eu.emso.dmp.server.ogcapi.BboxParam;
import eu.emso.dmp.server.ogcapi.crs.Crs;
import eu.emso.dmp.server.ogcapi.filter.Cql2Lexer.Kind;
import eu.emso.dmp.server.ogcapi.filter.Cql2Lexer.Token;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A recursive-descent parser of CQL2 text (OGC 21-065, conformance classes Basic CQL2, Advanced
 * Comparison Operators, Basic Spatial Functions, Spatial Functions, Temporal Functions) into the
 * store's expression tree. Errors name the position (1-based character offset). Precedence:
 * {@code OR} below {@code AND} below {@code NOT}. Not thread-safe; one per parse.
 */
public final class Cql2Text {
    private static final Set<String> GEOMETRIES = Set.of("POINT", "LINESTRING", "POLYGON", "MULTIPOINT",
            "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION");
    private final String text;
    private final List<Token> tokens;
    private final Queryables queryables;
    private int at;

    private Cql2Text(String text, Queryables queryables) {
        this.text = text;
        this.tokens = new Cql2Lexer(text).tokens();
        this.queryables = queryables;
    }

    /** The condition {@code text} states; 400 naming the position when it is not CQL2 text. */
    public static Expr parse(String text, Queryables queryables) {
        Cql2Text p = new Cql2Text(text, queryables);
        Expr e = p.or();
        if (p.peek().kind() != Kind.END) {
            throw Cql2Lexer.error(p.peek().position(), "unexpected '" + p.peek().text() + "'");
        }
        return e;
    }

    private Expr or() {
        Expr e = and();
        while (keyword("OR")) {
            e = new Expr.Binary(BinaryOp.OR, e, and());
        }
        return e;
    }

    private Expr and() {
        Expr e = not();
        while (keyword("AND")) {
            e = new Expr.Binary(BinaryOp.AND, e, not());
        }
        return e;
    }

    private Expr not() {
        if (keyword("NOT")) {
            return new Expr.Unary(UnaryOp.NOT, not());
        }
        return predicate();
    }

    private Expr predicate() {
        if (peek().kind() == Kind.LPAREN) {
            at++;
            Expr e = or();
            expect(Kind.RPAREN, "')'");
            return e;
        }
        Token t = peek();
        if (t.kind() == Kind.WORD && tokens.get(at + 1).kind() == Kind.LPAREN) {
            String name = t.text().toUpperCase(Locale.ROOT);
            if (name.startsWith("S_") || name.startsWith("T_")) {
                at += 2;
                Expr a = scalar();
                expect(Kind.COMMA, "','");
                Expr b = scalar();
                expect(Kind.RPAREN, "')'");
                Expr call = Cql2Functions.call(name, a, b);
                if (call == null) {
                    throw Cql2Lexer.error(t.position(), "unknown function '" + t.text() + "'");
                }
                return call;
            }
        }
        Expr left = scalar();
        if (left instanceof Expr.BoolLit && !startsComparison()) {
            return left;
        }
        Token op = peek();
        if (op.kind() == Kind.OP) {
            at++;
            BinaryOp b = Cql2Functions.comparison(op.text());
            if (b == null) {
                throw Cql2Lexer.error(op.position(), "unknown operator '" + op.text() + "'");
            }
            return new Expr.Binary(b, left, scalar());
        }
        if (keyword("IS")) {
            boolean negated = keyword("NOT");
            if (!keyword("NULL")) {
                throw Cql2Lexer.error(peek().position(), "expected NULL");
            }
            Expr e = Cql2Functions.isNull(left);
            return negated ? new Expr.Unary(UnaryOp.NOT, e) : e;
        }
        boolean negated = keyword("NOT");
        Expr e;
        if (keyword("LIKE")) {
            e = Cql2Functions.like(left, scalar());
        } else if (keyword("BETWEEN")) {
            Expr low = scalar();
            if (!keyword("AND")) {
                throw Cql2Lexer.error(peek().position(), "expected AND in BETWEEN");
            }
            e = Cql2Functions.between(left, low, scalar());
        } else if (keyword("IN")) {
            expect(Kind.LPAREN, "'('");
            List<Expr> items = new ArrayList<>(List.of(scalar()));
            while (peek().kind() == Kind.COMMA) {
                at++;
                items.add(scalar());
            }
            expect(Kind.RPAREN, "')'");
            e = Cql2Functions.in(left, items);
        } else {
            throw Cql2Lexer.error(peek().position(), "expected a comparison operator, LIKE, BETWEEN, IN or IS"
                    + (peek().kind() == Kind.END ? ", found the end" : ", found '" + peek().text() + "'"));
        }
        return negated ? new Expr.Unary(UnaryOp.NOT, e) : e;
    }

    private boolean startsComparison() {
        Token t = peek();
        return t.kind() == Kind.OP || t.kind() == Kind.WORD && Set.of("IS", "LIKE", "BETWEEN", "IN", "NOT")
                .contains(t.text().toUpperCase(Locale.ROOT));
    }

    private Expr scalar() {
        Token t = peek();
        at++;
        switch (t.kind()) {
            case STRING:
                return new Expr.StrLit(t.text());
            case NUMBER:
                try {
                    return new Expr.NumLit(new BigDecimal(t.text()), !t.text().matches(".*[.eE].*"));
                } catch (NumberFormatException e) {
                    throw Cql2Lexer.error(t.position(), "'" + t.text() + "' is not a number");
                }
            case QUOTED:
                return queryables.resolve(t.text());
            case WORD:
                return word(t);
            default:
                throw Cql2Lexer.error(t.position(), t.kind() == Kind.END ? "unexpected end of the filter"
                        : "expected a value or property, found '" + t.text() + "'");
        }
    }

    private Expr word(Token t) {
        String upper = t.text().toUpperCase(Locale.ROOT);
        if (upper.equals("TRUE") || upper.equals("FALSE")) {
            return new Expr.BoolLit(upper.equals("TRUE"));
        }
        if (peek().kind() != Kind.LPAREN) {
            return queryables.resolve(t.text());
        }
        if (GEOMETRIES.contains(upper)) {
            return geometry(t);
        }
        at++;
        List<Token> args = new ArrayList<>();
        while (peek().kind() != Kind.RPAREN) {
            if (peek().kind() == Kind.END) {
                throw Cql2Lexer.error(peek().position(), "expected ')'");
            }
            Token a = peek();
            at++;
            if (a.kind() != Kind.COMMA) {
                args.add(a);
            }
        }
        at++;
        return switch (upper) {
            case "DATE", "TIMESTAMP" -> {
                one(t, args);
                yield new Expr.TimeLit(time(args.get(0)));
            }
            case "INTERVAL" -> {
                if (args.size() != 2) {
                    throw Cql2Lexer.error(t.position(), "INTERVAL takes a start and an end");
                }
                yield new Expr.IntervalLit(time(args.get(0)), time(args.get(1)));
            }
            case "BBOX" -> {
                if (args.size() != 4 && args.size() != 6) {
                    throw Cql2Lexer.error(t.position(), "BBOX takes 4 or 6 numbers");
                }
                yield BboxParam.parse(String.join(",", args.stream().map(Token::text).toList()), Crs.CRS84);
            }
            default -> throw Cql2Lexer.error(t.position(), "unknown function '" + t.text() + "'");
        };
    }

    private static void one(Token t, List<Token> args) {
        if (args.size() != 1) {
            throw Cql2Lexer.error(t.position(), t.text() + " takes one string");
        }
    }

    private static OffsetDateTime time(Token t) {
        try {
            return t.text().length() == 10 ? LocalDate.parse(t.text()).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(t.text());
        } catch (DateTimeParseException e) {
            throw Cql2Lexer.error(t.position(), "'" + t.text() + "' is not an RFC 3339 date or timestamp");
        }
    }

    private Expr geometry(Token start) {
        int depth = 0;
        Token t;
        do {
            t = peek();
            at++;
            if (t.kind() == Kind.LPAREN) {
                depth++;
            } else if (t.kind() == Kind.RPAREN) {
                depth--;
            } else if (t.kind() == Kind.END) {
                throw Cql2Lexer.error(t.position(), "unterminated geometry");
            }
        } while (depth > 0);
        String wkt = text.substring(start.position() - 1, t.position());
        try {
            new WKTReader().read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            throw Cql2Lexer.error(start.position(), "malformed geometry: " + e.getMessage());
        }
        return new Expr.GeoLit(wkt, false);
    }

    private boolean keyword(String k) {
        Token t = peek();
        if (t.kind() == Kind.WORD && t.text().equalsIgnoreCase(k)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(Kind kind, String what) {
        Token t = peek();
        if (t.kind() != kind) {
            throw Cql2Lexer.error(t.position(), "expected " + what + (t.kind() == Kind.END ? ", found the end"
                    : ", found '" + t.text() + "'"));
        }
        at++;
    }

    private Token peek() {
        return tokens.get(at);
    }
}
