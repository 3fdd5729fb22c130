package eu.emso.dmp.server.exports;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.json.Json;
import java.io.IOException;
import java.io.OutputStream;

/**
 * GeoJSON (RFC 7946): a FeatureCollection with one Point Feature per value, at its platform's
 * position, with properties {@code time}, {@code variable}, {@code datastream}, {@code value},
 * {@code qc_flag} (null when none), {@code units}, and the selection in {@code metadata}. One
 * feature per line. Not thread-safe.
 */
final class GeoJsonExport implements ExportWriter {
    private final JsonGenerator g;
    private final Variable[] variables;
    private final Station[] stations;

    GeoJsonExport(OutputStream out, Selection s, ExportRequest r, Extent e) throws IOException {
        g = Json.factory().createGenerator(out);
        variables = s.variables().toArray(Variable[]::new);
        stations = new Station[variables.length];
        for (int i = 0; i < variables.length; i++) {
            stations[i] = s.stationOf(variables[i]);
        }
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeObjectFieldStart("metadata");
        g.writeStringField("selection", Describe.selection(r));
        g.writeNumberField("values", e.values());
        g.writeStringField("qc_flags", "QARTOD: 1 good, 2 not evaluated, 3 suspect, 4 fail, 9 missing");
        g.writeArrayFieldStart("variables");
        for (Variable v : variables) {
            g.writeStartObject();
            g.writeStringField("name", v.name());
            g.writeNumberField("datastream", v.datastream());
            g.writeStringField("long_name", v.longName());
            g.writeStringField("standard_name", v.standardName());
            g.writeStringField("units", v.units());
            g.writeStringField("sensor", v.sensor().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeArrayFieldStart("features");
    }

    @Override
    public void row(Row r) throws IOException {
        String time = r.time().toString();
        for (int i = 0; i < variables.length; i++) {
            if (!r.has(i)) {
                continue;
            }
            g.writeRaw('\n');
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            Station st = stations[i];
            if (Double.isNaN(st.longitude())) {
                g.writeNullField("geometry");
            } else {
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(st.longitude());
                g.writeNumber(st.latitude());
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeObjectFieldStart("properties");
            g.writeStringField("time", time);
            g.writeStringField("variable", variables[i].name());
            g.writeNumberField("datastream", variables[i].datastream());
            if (Double.isNaN(r.values()[i])) {
                g.writeNullField("value");
            } else {
                g.writeNumberField("value", r.values()[i]);
            }
            if (r.flags()[i] > 0) {
                g.writeNumberField("qc_flag", r.flags()[i]);
            } else {
                g.writeNullField("qc_flag");
            }
            g.writeStringField("units", variables[i].units());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
    }
}
