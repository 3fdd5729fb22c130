package eu.emso.dmp.server.exports;

import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.Exprs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The selection of an export or an aggregate query, from its query parameters: {@code datastreams}
 * (ids, comma-separated) or {@code thing} (one id), {@code from} (inclusive) and {@code to}
 * (exclusive) in ISO 8601, and {@code flags}, the QARTOD flags to keep (empty: all values, with or
 * without a flag). A bad parameter is a 400 naming it. Immutable.
 *
 * @param datastreams the Datastream ids asked for, in the order given; empty when {@code thing} is given
 * @param thing       the Thing id, or null
 * @param from        the earliest phenomenon time kept, or null
 * @param to          the phenomenon time before which values are kept, or null
 * @param flags       the QARTOD flags kept, empty for all
 */
public record ExportRequest(List<Long> datastreams, Long thing, OffsetDateTime from, OffsetDateTime to,
                            Set<Integer> flags) {
    /** The QARTOD flags (1 good, 2 not evaluated, 3 suspect, 4 fail, 9 missing). */
    public static final Set<Integer> QARTOD = Set.of(1, 2, 3, 4, 9);
    private static final Expr.Path TIME = new Expr.Path(List.of("phenomenonTime"));
    private static final Expr.Path FLAG = new Expr.Path(List.of("resultQuality", "qc_flag"));

    public ExportRequest {
        datastreams = List.copyOf(datastreams);
        flags = Set.copyOf(new TreeSet<>(flags));
    }

    /** Parses {@code params}; {@code allowed} are further parameters the caller reads itself. */
    public static ExportRequest parse(Map<String, List<String>> params, Set<String> allowed) {
        for (String k : params.keySet()) {
            if (!Set.of("datastreams", "thing", "from", "to", "flags").contains(k) && !allowed.contains(k)) {
                throw new ExportException(400, k + ": unknown parameter; known are datastreams, thing, from, to, flags"
                        + (allowed.isEmpty() ? "" : ", " + String.join(", ", allowed)));
            }
        }
        String ds = one(params, "datastreams");
        String thing = one(params, "thing");
        if ((ds == null) == (thing == null)) {
            throw new ExportException(400, "datastreams: give either datastreams=ID[,ID...] or thing=ID, not "
                    + (ds == null ? "neither" : "both"));
        }
        List<Long> ids = new ArrayList<>();
        if (ds != null) {
            Set<Long> seen = new LinkedHashSet<>();
            for (String s : ds.split(",", -1)) {
                seen.add(id(s.trim(), "datastreams"));
            }
            ids.addAll(seen);
        }
        OffsetDateTime from = time(one(params, "from"), "from");
        OffsetDateTime to = time(one(params, "to"), "to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ExportException(400, "to: " + to + " is not after from " + from);
        }
        return new ExportRequest(ids, thing == null ? null : id(thing.trim(), "thing"), from, to,
                flags(one(params, "flags")));
    }

    /** The condition on Observations: the time range and the flags; null when there is none. */
    public Expr observations() {
        List<Expr> all = new ArrayList<>();
        if (from != null) {
            all.add(new Expr.Binary(BinaryOp.GE, TIME, new Expr.TimeLit(from)));
        }
        if (to != null) {
            all.add(new Expr.Binary(BinaryOp.LT, TIME, new Expr.TimeLit(to)));
        }
        Expr any = null;
        for (int f : flags) {
            Expr eq = new Expr.Binary(BinaryOp.EQ, FLAG, new Expr.NumLit(BigDecimal.valueOf(f), true));
            any = any == null ? eq : new Expr.Binary(BinaryOp.OR, any, eq);
        }
        if (any != null) {
            all.add(any);
        }
        return Exprs.allOf(all);
    }

    /** The value of parameter {@code name}, null when absent; 400 when given twice. */
    public static String one(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw new ExportException(400, name + ": given " + v.size() + " times; give it once");
        }
        return v.get(0);
    }

    private static long id(String s, String parameter) {
        if (!s.matches("[0-9]{1,18}")) {
            throw new ExportException(400, parameter + ": '" + s + "' is not an id (a positive integer)");
        }
        return Long.parseLong(s);
    }

    private static OffsetDateTime time(String s, String parameter) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new ExportException(400, parameter + ": '" + s + "' is not an ISO 8601 date-time with offset "
                        + "(e.g. 2014-02-01T00:00:00Z) or date (2014-02-01)");
            }
        }
    }

    private static Set<Integer> flags(String s) {
        Set<Integer> out = new TreeSet<>();
        if (s == null) {
            return out;
        }
        for (String f : s.split(",", -1)) {
            String t = f.trim();
            if (!t.matches("[0-9]") || !QARTOD.contains(Integer.parseInt(t))) {
                throw new ExportException(400, "flags: '" + f + "' is not a QARTOD flag (1, 2, 3, 4 or 9)");
            }
            out.add(Integer.parseInt(t));
        }
        return out;
    }
}
