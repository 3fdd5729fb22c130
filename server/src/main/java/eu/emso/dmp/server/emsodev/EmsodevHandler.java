package eu.emso.dmp.server.emsodev;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.EntityOperations;
import eu.emso.dmp.server.http.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers the requests of the EMSODEV API (see {@link EmsodevResource} for the routes) with the
 * JSON shapes the EMSODEV platform gave. Names are resolved before anything is written, so an
 * unknown name or a bad date is a 4xx, never a half-written answer. Knows no HTTP framework.
 * Thread-safe.
 */
public final class EmsodevHandler {
    /** NVS L05 device categories by code, for {@code sensorType}. */
    private static final Map<String, String> L05 = Map.of("130", "CTD", "115", "current profilers",
            "351", "dissolved gas sensors", "123", "optical backscatter sensors", "369", "hydrophones",
            "355", "pH sensors", "134", "pressure sensors");
    private final Supplier<? extends EntityOperations> store;

    public EmsodevHandler(Supplier<? extends EntityOperations> store) {
        this.store = store;
    }

    /** {@code [{"name": ...}, ...]}. */
    public Reply observatories() {
        List<String> names = new Directory(store.get()).observatories();
        return json(g -> {
            g.writeStartArray();
            for (String n : names) {
                g.writeStartObject();
                g.writeStringField("name", n);
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** {@code {"instruments": [{"name", "sensorLongName", "sensorType", "sn"}, ...]}}. */
    public Reply instruments(String observatory) {
        Directory d = new Directory(store.get());
        List<Directory.Instrument> all = d.instruments(d.observatory(observatory));
        return json(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("instruments");
            for (Directory.Instrument i : all) {
                JsonNode p = i.properties();
                g.writeStartObject();
                g.writeStringField("name", i.name());
                String model = p.path("model").asText("");
                g.writeStringField("sensorLongName", model.isBlank() ? Reads.text(i.sensor(), "name") : model);
                g.writeStringField("sensorType", sensorType(p));
                g.writeStringField("sn", p.path("serial_number").asText(""));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** {@code {"metadataList": [{"metadata": "{key=value, ...}", "validityDate": ...}]}}. */
    public Reply metadata(String observatory, String instrument) {
        Directory d = new Directory(store.get());
        EntityRow thing = d.observatory(observatory);
        Directory.Instrument i = d.instrument(thing, instrument);
        String text = InstrumentMetadata.text(InstrumentMetadata.of(thing, i));
        Instant valid = InstrumentMetadata.validity(i);
        return json(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("metadataList");
            g.writeStartObject();
            g.writeStringField("metadata", text);
            g.writeStringField("validityDate", valid == null ? null : valid.toString());
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** {@code {"parameters": [{"name", "uom"}, ...]}}. */
    public Reply parameters(String observatory, String instrument) {
        Directory d = new Directory(store.get());
        Directory.Instrument i = d.instrument(d.observatory(observatory), instrument);
        return json(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("parameters");
            for (Directory.Parameter p : i.parameters()) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                g.writeStringField("uom", p.uom());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The observations of a parameter from the start of {@code startDate} to the end of {@code endDate}, streamed. */
    public Reply observations(String observatory, String instrument, String parameter, String startDate, String endDate) {
        OffsetDateTime[] range = Dates.range(startDate, endDate);
        long id = datastream(observatory, instrument, parameter);
        Observations o = new Observations(store.get());
        return Reply.json(200, out -> o.range(id, range[0], range[1], out));
    }

    /** The {@code n} latest observations of a parameter, oldest first. */
    public Reply latest(String observatory, String instrument, String parameter, String n) {
        int limit = Observations.limit(n);
        long id = datastream(observatory, instrument, parameter);
        List<EntityRow> rows = new Observations(store.get()).latest(id, limit);
        return Reply.json(200, out -> Observations.write(rows, out));
    }

    private long datastream(String observatory, String instrument, String parameter) {
        Directory d = new Directory(store.get());
        Directory.Instrument i = d.instrument(d.observatory(observatory), instrument);
        return Directory.parameter(i, parameter).datastream().id();
    }

    private static String sensorType(JsonNode p) {
        String given = p.path("sensor_type").asText("");
        if (!given.isBlank()) {
            return given;
        }
        String l05 = p.path("L05").asText("").replaceAll("/+$", "");
        return L05.getOrDefault(l05.substring(l05.lastIndexOf('/') + 1), "");
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static Reply json(Body body) {
        return Reply.json(200, (OutputStream out) -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                body.write(g);
            }
        });
    }
}
