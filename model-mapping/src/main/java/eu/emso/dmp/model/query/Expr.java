package eu.emso.dmp.model.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A node of a {@code $filter} or {@code $orderby} expression tree (OGC 18-088, section 9.3.3.5,
 * following OData 4.0 URL conventions, section 5.1.1). Purely syntactic: a {@link Path} is not
 * checked against the data model and a {@link Call} is only checked for a known name and arity.
 * All nodes are immutable records; lists are copied on construction. Render a tree with
 * {@link Exprs#format(Expr)}.
 */
public sealed interface Expr permits Expr.Path, Expr.Literal, Expr.Binary, Expr.Unary, Expr.Call {

    /**
     * A member path: one or more segments, e.g. {@code [Datastream, Thing, properties, site]} or
     * {@code [result]} or {@code [id]}. Segments keep their case.
     */
    record Path(List<String> segments) implements Expr {
        public Path {
            segments = List.copyOf(segments);
            if (segments.isEmpty()) {
                throw new IllegalArgumentException("a path needs at least one segment");
            }
        }
    }

    /** A constant. */
    sealed interface Literal extends Expr
            permits NullLit, BoolLit, NumLit, StrLit, TimeLit, TimeOfDayLit, DurationLit, IntervalLit, GeoLit {
    }

    /** {@code null}. */
    record NullLit() implements Literal {
    }

    /** {@code true} or {@code false}. */
    record BoolLit(boolean value) implements Literal {
    }

    /**
     * A number: {@code 3}, {@code -2}, {@code 1.5}, {@code 1e3}, {@code 1.5E-3}.
     *
     * @param integral {@code true} when written without a decimal point or exponent
     */
    record NumLit(BigDecimal value, boolean integral) implements Literal {
        public NumLit {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A string, with {@code ''} escapes already resolved: {@code 'it''s'} gives {@code it's}. */
    record StrLit(String value) implements Literal {
        public StrLit {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * An instant: {@code 2015-01-01T00:00:00Z}, {@code 2015-01-01T01:00:00.000+01:00}, or a bare
     * date {@code 2015-01-01} (start of that day, UTC). The written offset is kept.
     */
    record TimeLit(OffsetDateTime value) implements Literal {
        public TimeLit {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A day-time duration: {@code duration'P1DT2H'} or bare {@code P1D}, {@code PT1H30M}. */
    /** A time of day, e.g. {@code 20:00:00} (OData timeOfDayValue), compared with {@code time(...)}. */
    record TimeOfDayLit(java.time.LocalTime value) implements Literal {
        public TimeOfDayLit {
            Objects.requireNonNull(value, "value");
        }
    }

    record DurationLit(Duration value) implements Literal {
        public DurationLit {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A time interval {@code start/end}, e.g. {@code 2015-01-01T00:00:00Z/2015-01-02T00:00:00Z}; start is not after end. */
    record IntervalLit(OffsetDateTime start, OffsetDateTime end) implements Literal {
        public IntervalLit {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /**
     * A geometry in WGS 84: {@code geography'POINT(-122 43)'} or {@code geometry'POLYGON((...))'}.
     * The parser has checked that {@code wkt} is well-formed Well-Known Text.
     *
     * @param wkt       the Well-Known Text as written, without quotes or SRID prefix
     * @param geography {@code true} for the {@code geography} prefix, {@code false} for {@code geometry}
     */
    record GeoLit(String wkt, boolean geography) implements Literal {
        public GeoLit {
            Objects.requireNonNull(wkt, "wkt");
        }
    }

    /** A binary operation, e.g. {@code result gt 10}. */
    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
        public Binary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** A prefix operation: {@code not x} or {@code -x}. */
    record Unary(UnaryOp op, Expr operand) implements Expr {
        public Unary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(operand, "operand");
        }
    }

    /**
     * A function call. The name is as written in the standard, lower-cased: {@code "substringof"},
     * {@code "geo.distance"}, {@code "st_within"}, {@code "now"}, ...
     */
    record Call(String function, List<Expr> args) implements Expr {
        public Call {
            Objects.requireNonNull(function, "function");
            args = List.copyOf(args);
        }
    }
}
