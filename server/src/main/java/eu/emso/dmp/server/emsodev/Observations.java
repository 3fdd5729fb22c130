package eu.emso.dmp.server.emsodev;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.Exprs;
import eu.emso.dmp.model.query.OrderBy;
import eu.emso.dmp.model.store.EntityOperations;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes {@code {"observations":[{"phenomenonTime": <epoch seconds>, "value": ...}, ...]}} for one
 * Datastream, in phenomenon time order: a date range is streamed one page at a time (keyset
 * paging through the store's query model), so the heap holds one page however long the range;
 * the latest n are read newest first and written oldest first. Thread-safe (holds no state).
 */
final class Observations {
    /** The most observations {@code /limit/{n}} answers. */
    static final int MAX_LIMIT = 100_000;
    private static final List<List<String>> SELECT = List.of(List.of("phenomenonTime"), List.of("result"));
    private static final Expr.Path TIME = new Expr.Path(List.of("phenomenonTime"));
    private final EntityOperations store;

    Observations(EntityOperations store) {
        this.store = store;
    }

    /** The observations of {@code datastream} in [from, to), streamed into {@code out}. */
    void range(long datastream, OffsetDateTime from, OffsetDateTime to, OutputStream out) throws IOException {
        Expr filter = Exprs.allOf(List.of(new Expr.Binary(BinaryOp.GE, TIME, new Expr.TimeLit(from)),
                new Expr.Binary(BinaryOp.LT, TIME, new Expr.TimeLit(to))));
        try (JsonGenerator g = start(out)) {
            String token = null;
            do {
                EntitySet page = page(datastream, filter, false, Reads.PAGE, token);
                for (EntityRow r : page.rows()) {
                    write(g, r);
                }
                g.flush();
                token = page.more() ? page.nextToken() : null;
            } while (token != null);
            end(g);
        }
    }

    /** The {@code n} latest observations of {@code datastream}, oldest first. */
    List<EntityRow> latest(long datastream, int n) {
        List<EntityRow> rows = new ArrayList<>();
        String token = null;
        do {
            EntitySet page = page(datastream, null, true, Math.min(Reads.PAGE, n - rows.size()), token);
            rows.addAll(page.rows().subList(0, Math.min(page.rows().size(), n - rows.size())));
            token = page.more() ? page.nextToken() : null;
        } while (token != null && rows.size() < n);
        Collections.reverse(rows);
        return rows;
    }

    /** Writes {@code rows} as an observations document. */
    static void write(List<EntityRow> rows, OutputStream out) throws IOException {
        try (JsonGenerator g = start(out)) {
            for (EntityRow r : rows) {
                write(g, r);
            }
            end(g);
        }
    }

    /** Parses the {@code n} of {@code /limit/{n}}: a whole number from 1 to {@link #MAX_LIMIT}; 400 otherwise. */
    static int limit(String n) {
        if (n == null || !n.matches("[0-9]{1,9}") || Integer.parseInt(n) < 1 || Integer.parseInt(n) > MAX_LIMIT) {
            throw new EmsodevException(400, "limit: '" + n + "' is not a number of observations from 1 to " + MAX_LIMIT);
        }
        return Integer.parseInt(n);
    }

    private EntitySet page(long datastream, Expr filter, boolean newest, int top, String token) {
        return Reads.page(store, "Datastreams(" + datastream + ")/Observations", filter,
                List.of(new OrderBy(TIME, newest)), top, SELECT, List.of(), token);
    }

    private static JsonGenerator start(OutputStream out) throws IOException {
        JsonGenerator g = Json.factory().createGenerator(out);
        g.writeStartObject();
        g.writeArrayFieldStart("observations");
        return g;
    }

    private static void end(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, EntityRow r) throws IOException {
        Instant t = ((TimeValue) r.values().get("phenomenonTime")).start();
        g.writeStartObject();
        g.writeFieldName("phenomenonTime");
        if (t.getNano() == 0) {
            g.writeNumber(t.getEpochSecond());
        } else {
            g.writeNumber(BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9))
                    .stripTrailingZeros());
        }
        g.writeFieldName("value");
        if (r.values().get("result") instanceof RawJson j) {
            g.writeRawValue(j.text());
        } else {
            g.writeNull();
        }
        g.writeEndObject();
    }
}
