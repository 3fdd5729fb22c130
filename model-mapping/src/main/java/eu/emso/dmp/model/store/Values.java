package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.Property;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.QueryException;
import eu.emso.dmp.model.store.Typed.SqlType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Literals, property columns and type coercions of the expression translator. */
final class Values {
    /** resultQuality/qc_flag reads the indexed aggregate flag column, which quality control keeps equal. */
    private static final List<String> QC_FLAG_PATH = List.of("qc_flag");
    private final String option;

    Values(String option) {
        this.option = option;
    }

    Typed literal(Expr.Literal l) {
        if (l instanceof Expr.NullLit) {
            return Typed.of(SqlType.NULL, new Sql("NULL"));
        }
        if (l instanceof Expr.BoolLit b) {
            return Typed.of(SqlType.BOOLEAN, new Sql().bind(b.value()));
        }
        if (l instanceof Expr.NumLit n) {
            return Typed.of(SqlType.NUMBER, number(n.value(), n.integral()));
        }
        if (l instanceof Expr.StrLit s) {
            return Typed.of(SqlType.TEXT, new Sql("CAST(").bind(s.value()).add(" AS text)"));
        }
        if (l instanceof Expr.TimeLit t) {
            return Typed.of(SqlType.TIME, time(t.value()));
        }
        if (l instanceof Expr.TimeOfDayLit t) {
            return Typed.of(SqlType.TIME_OF_DAY, new Sql("CAST(").bind(t.value().toString()).add(" AS time)"));
        }
        if (l instanceof Expr.DurationLit d) {
            return Typed.of(SqlType.DURATION, new Sql("make_interval(secs => ").bind(
                    d.value().toNanos() / 1e9).add(")"));
        }
        if (l instanceof Expr.IntervalLit i) {
            return Typed.range(time(i.start()), time(i.end()));
        }
        Expr.GeoLit g = (Expr.GeoLit) l;
        return Typed.of(SqlType.GEOMETRY, new Sql("ST_GeomFromText(").bind(g.wkt()).add(", 4326)"));
    }

    Typed timeFromString(String text) {
        try {
            return Typed.of(SqlType.TIME, time(OffsetDateTime.parse(text)));
        } catch (DateTimeParseException e) {
            throw new QueryException(option, -1, "'" + text + "' is not an ISO 8601 date-time");
        }
    }

    private static Sql number(BigDecimal v, boolean integral) {
        if (integral) {
            try {
                return new Sql().bind(v.longValueExact());
            } catch (ArithmeticException tooLarge) {
                // falls through to a double
            }
        }
        return new Sql("CAST(").bind(v.doubleValue()).add(" AS double precision)");
    }

    private static Sql time(OffsetDateTime t) {
        return new Sql("CAST(").bind(t).add(" AS timestamptz)");
    }

    /** The value of {@code property} of row {@code alias}, with {@code rest} a path into JSON. */
    Typed property(Property p, String alias, List<String> rest) {
        boolean quality = QcColumns.isResultQuality(p);
        String col = quality ? QcColumns.resultQuality(alias) : alias + "." + p.column();
        if (!rest.isEmpty()) {
            if (quality && QC_FLAG_PATH.equals(rest)) {
                return Typed.of(SqlType.NUMBER, new Sql(alias + ".qc_flag"));
            }
            return switch (p.kind()) {
                case JSON, GEOJSON -> jsonPath(col, rest);
                case RESULT -> jsonPath(alias + ".result_json", rest);
                default -> throw new QueryException(option, -1, "'" + p.name()
                        + "' has no members: '" + String.join("/", rest) + "'");
            };
        }
        return switch (p.kind()) {
            case ID -> Typed.of(SqlType.NUMBER, new Sql(col));
            case TEXT -> Typed.of(SqlType.TEXT, new Sql(col));
            case JSON -> Typed.of(SqlType.JSON, new Sql(col));
            case GEOJSON -> Typed.of(SqlType.GEOMETRY, new Sql(alias + "." + p.geometryColumn()));
            case INSTANT -> Typed.of(SqlType.TIME, new Sql(col));
            case INSTANT_OR_INTERVAL -> Typed.range(new Sql(alias + "." + p.startColumn()),
                    new Sql("COALESCE(" + alias + "." + p.endColumn() + ", " + alias + "."
                            + p.startColumn() + ")"));
            case INTERVAL -> Typed.range(new Sql(alias + "." + p.startColumn()),
                    new Sql(alias + "." + p.endColumn()));
            case RESULT -> Typed.result(alias);
        };
    }

    private static Typed jsonPath(String column, List<String> keys) {
        Sql s = new Sql("(" + column + " #> CAST(ARRAY[");
        for (int i = 0; i < keys.size(); i++) {
            s.add(i == 0 ? "" : ", ").bind(keys.get(i));
        }
        return Typed.of(SqlType.JSON, s.add("] AS text[]))"));
    }

    /** {@code t} as an expression of type {@code want}, or a client error. */
    Sql coerce(Typed t, SqlType want) {
        if (t.type() == want) {
            return t.sql();
        }
        if (t.type() == SqlType.NULL) {
            return new Sql("NULL");
        }
        if (t.type() == SqlType.JSON) {
            return switch (want) {
                case NUMBER -> new Sql("dmp_json_number(").add(t.sql()).add(")");
                case TEXT -> new Sql("dmp_json_text(").add(t.sql()).add(")");
                case BOOLEAN -> new Sql("dmp_json_boolean(").add(t.sql()).add(")");
                case TIME -> new Sql("dmp_json_time(").add(t.sql()).add(")");
                default -> throw mismatch(t, want);
            };
        }
        if (t.type() == SqlType.RESULT) {
            String a = t.alias();
            return switch (want) {
                case NUMBER -> new Sql(a + ".result_number");
                case TEXT -> new Sql(a + ".result_string");
                case BOOLEAN -> new Sql("dmp_json_boolean(" + a + ".result_json)");
                case TIME -> new Sql("dmp_json_time(to_jsonb(" + a + ".result_string))");
                case JSON -> new Sql(resultJson(a));
                default -> throw mismatch(t, want);
            };
        }
        if (t.type() == SqlType.TIME_RANGE && want == SqlType.TIME) {
            return t.sql();
        }
        throw mismatch(t, want);
    }

    /** The result of row {@code a} as jsonb, whatever its type. */
    static String resultJson(String a) {
        return "(CASE " + a + ".result_type WHEN 0 THEN to_jsonb(" + a + ".result_number) WHEN 1 THEN "
                + "to_jsonb(" + a + ".result_string) WHEN 4 THEN 'null'::jsonb ELSE " + a
                + ".result_json END)";
    }

    QueryException mismatch(Typed t, SqlType want) {
        return new QueryException(option, -1, "expected a " + name(want) + " but found a "
                + name(t.type()));
    }

    static String name(SqlType t) {
        return switch (t) {
            case TIME, TIME_RANGE -> "time";
            case TIME_OF_DAY -> "time of day";
            case JSON, RESULT -> "JSON value";
            default -> t.name().toLowerCase();
        };
    }
}
