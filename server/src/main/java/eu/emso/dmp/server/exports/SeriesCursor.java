package eu.emso.dmp.server.exports;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.OrderBy;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityOperations;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The Observations of one Datastream in phenomenon time order, read one page at a time through
 * the store's query model with keyset paging, so at most one page is held. Not thread-safe: one
 * export reads it.
 */
final class SeriesCursor {
    /** Observations per page. */
    static final int PAGE = 5_000;
    private static final List<List<String>> SELECT = List.of(List.of("phenomenonTime"), List.of("result"),
            List.of("resultQuality"));
    private static final List<OrderBy> ORDER = List.of(new OrderBy(new Expr.Path(List.of("phenomenonTime")), false));
    private final EntityOperations store;
    private final String path;
    private final Expr filter;
    private List<EntityRow> page = List.of();
    private int next;
    private String token;
    private boolean done;
    private Instant time;
    private double value;
    private int flag;

    SeriesCursor(EntityOperations store, long datastream, Expr filter) {
        this.store = store;
        this.path = "Datastreams(" + datastream + ")/Observations";
        this.filter = filter;
    }

    /** Moves to the next Observation; false when there is none. */
    boolean advance() {
        while (next >= page.size()) {
            if (done) {
                time = null;
                return false;
            }
            QueryOptions o = new QueryOptions(Optional.ofNullable(filter), ORDER, OptionalInt.of(PAGE),
                    OptionalLong.empty(), false, SELECT, List.of(), Optional.empty(), Optional.ofNullable(token));
            EntitySet s = store.readCollection(Version.V11, ResourcePathParser.parse(path), o);
            page = s.rows();
            next = 0;
            token = s.more() ? s.nextToken() : null;
            done = token == null;
        }
        EntityRow r = page.get(next++);
        time = ((TimeValue) r.values().get("phenomenonTime")).start();
        value = number(r.values().get("result"));
        flag = flag(r.values().get("resultQuality"));
        return true;
    }

    /** The current Observation's phenomenon time (its start), null after the last. */
    Instant time() {
        return time;
    }

    /** The current result, NaN when it is not a number. */
    double value() {
        return value;
    }

    /** The current aggregate QARTOD flag, 0 when it has none. */
    int flag() {
        return flag;
    }

    private static double number(Object result) {
        if (result instanceof RawJson j) {
            try {
                return Double.parseDouble(j.text());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** The digits after {@code "qc_flag":} in a resultQuality object. */
    static int flag(Object quality) {
        if (!(quality instanceof RawJson j)) {
            return 0;
        }
        String t = j.text();
        int k = t.indexOf("\"qc_flag\"");
        if (k < 0) {
            return 0;
        }
        int i = t.indexOf(':', k) + 1;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        int f = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            f = f * 10 + t.charAt(i++) - '0';
        }
        return f;
    }
}
