package eu.emso.dmp.server.ogcapi.edr;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * GeoJSON for EDR: a FeatureCollection with one Point feature per value (platform, parameter,
 * datetime, value, qc_flag), streamed as read.
 */
final class GeoJsonSeriesWriter implements SeriesWriter {
    private final JsonGenerator g;
    private final boolean latitudeFirst;

    GeoJsonSeriesWriter(OutputStream out, boolean latitudeFirst) throws IOException {
        this.latitudeFirst = latitudeFirst;
        g = Json.factory().createGenerator(out);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
    }

    @Override
    public void series(Platform p, Platform.Series s, Consumer<Consumer<Value>> values) {
        values.accept(v -> {
            try {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(latitudeFirst ? p.lat() : p.lon());
                g.writeNumber(latitudeFirst ? p.lon() : p.lat());
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("platform", p.name());
                g.writeStringField("parameter", s.parameter());
                g.writeStringField("datetime", v.time().toString());
                if (Double.isNaN(v.result())) {
                    g.writeNullField("value");
                } else {
                    g.writeNumberField("value", v.result());
                }
                g.writeNumberField("qc_flag", v.qcFlag());
                g.writeEndObject();
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
    }
}
