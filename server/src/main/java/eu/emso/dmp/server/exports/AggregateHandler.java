package eu.emso.dmp.server.exports;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.IntervalStatistics;
import eu.emso.dmp.server.http.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Answers {@code GET /aggregates}: per Datastream of the selection and per interval with values,
 * the {@code mean}, {@code min}, {@code max}, sample {@code stdev} (null for one value) and
 * {@code count} of the numeric results whose QARTOD flag is kept, computed by the database
 * ({@link IntervalStatistics}) and streamed as JSON. Intervals without values are left out.
 * Thread-safe.
 */
public final class AggregateHandler {
    private final Supplier<EntityStore> store;
    private final SelectionReader selections;

    public AggregateHandler(Supplier<EntityStore> store) {
        this.store = store;
        this.selections = new SelectionReader(store);
    }

    /** The aggregates of {@code params}. */
    public Reply aggregates(Map<String, List<String>> params) {
        ExportRequest r = ExportRequest.parse(params, Set.of("interval"));
        AggregateInterval interval = AggregateInterval.parse(ExportRequest.one(params, "interval"));
        Selection s = selections.read(r);
        EntityStore db = store.get();
        return Reply.json(200, out -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("interval", interval.text());
                g.writeStringField("from", r.from() == null ? null : r.from().toInstant().toString());
                g.writeStringField("to", r.to() == null ? null : r.to().toInstant().toString());
                g.writeArrayFieldStart("flags");
                for (int f : r.flags().isEmpty() ? ExportRequest.QARTOD.stream().sorted().toList() : List.copyOf(r.flags())) {
                    g.writeNumber(f);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("datastreams");
                for (Variable v : s.variables()) {
                    series(g, db, v, r, interval);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    private static void series(JsonGenerator g, EntityStore db, Variable v, ExportRequest r, AggregateInterval i)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", v.datastream());
        g.writeStringField("name", v.title());
        g.writeStringField("parameter", v.code());
        g.writeStringField("units", v.units());
        g.writeArrayFieldStart("intervals");
        IntervalStatistics.Query q = new IntervalStatistics.Query(v.datastream(), i.length(), r.from(), r.to(),
                List.copyOf(r.flags()));
        db.statistics(q, b -> {
            try {
                g.writeStartObject();
                g.writeStringField("start", b.start().toString());
                g.writeNumberField("mean", b.mean());
                g.writeNumberField("min", b.min());
                g.writeNumberField("max", b.max());
                if (Double.isNaN(b.stdev())) {
                    g.writeNullField("stdev");
                } else {
                    g.writeNumberField("stdev", b.stdev());
                }
                g.writeNumberField("count", b.count());
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        g.writeEndArray();
        g.writeEndObject();
    }
}
