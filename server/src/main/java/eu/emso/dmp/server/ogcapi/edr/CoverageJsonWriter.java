package eu.emso.dmp.server.ogcapi.edr;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * CoverageJSON (OGC 21-069r2) for EDR: a {@code CoverageCollection} of {@code PointSeries}
 * coverages, one per Datastream, with the parameter's values and its QARTOD flags
 * ({@code <name>_qc}) over the time axis. A series with a depth has a vertical axis {@code z} of
 * one value (metres, positive down, in a {@code VerticalCRS} whose axis points down), as
 * PointSeries allows. A coverage's values are held until its time axis is written; coverages are
 * written one after the other.
 */
final class CoverageJsonWriter implements SeriesWriter {
    private final JsonGenerator g;

    CoverageJsonWriter(OutputStream out, List<Platform> platforms, boolean latitudeFirst) throws IOException {
        g = Json.factory().createGenerator(out);
        g.writeStartObject();
        g.writeStringField("type", "CoverageCollection");
        g.writeStringField("domainType", "PointSeries");
        g.writeObjectFieldStart("parameters");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Platform p : platforms) {
            for (Platform.Series s : p.series()) {
                if (seen.add(s.parameter())) {
                    g.writeFieldName(s.parameter());
                    g.writeTree(ParameterNames.parameter(s));
                    g.writeFieldName(s.parameter() + "_qc");
                    g.writeTree(ParameterNames.flag(s));
                }
            }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("referencing");
        g.writeStartObject();
        g.writeArrayFieldStart("coordinates");
        g.writeString("x");
        g.writeString("y");
        g.writeEndArray();
        g.writeObjectFieldStart("system");
        g.writeStringField("type", "GeographicCRS");
        g.writeStringField("id", latitudeFirst ? "http://www.opengis.net/def/crs/EPSG/0/4326"
                : "http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        g.writeEndObject();
        g.writeEndObject();
        g.writeStartObject();
        g.writeArrayFieldStart("coordinates");
        g.writeString("t");
        g.writeEndArray();
        g.writeObjectFieldStart("system");
        g.writeStringField("type", "TemporalRS");
        g.writeStringField("calendar", "Gregorian");
        g.writeEndObject();
        g.writeEndObject();
        if (platforms.stream().anyMatch(p -> p.series().stream().anyMatch(Platform.Series::hasDepth))) {
            verticalReferencing();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("coverages");
    }

    @Override
    public void series(Platform p, Platform.Series s, Consumer<Consumer<Value>> values) throws IOException {
        List<Value> all = new ArrayList<>();
        values.accept(all::add);
        g.writeStartObject();
        g.writeStringField("type", "Coverage");
        g.writeStringField("id", "datastream-" + s.id());
        g.writeObjectFieldStart("domain");
        g.writeStringField("type", "Domain");
        g.writeStringField("domainType", "PointSeries");
        g.writeObjectFieldStart("axes");
        axis("x", p.lon());
        axis("y", p.lat());
        if (s.hasDepth()) {
            axis("z", s.depth());
        }
        g.writeObjectFieldStart("t");
        g.writeArrayFieldStart("values");
        for (Value v : all) {
            g.writeString(v.time().toString());
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("ranges");
        range(s.parameter(), "float", all, false);
        range(s.parameter() + "_qc", "integer", all, true);
        g.writeEndObject();
        g.writeObjectFieldStart("platform");
        g.writeNumberField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Depth below the sea surface in metres (CoverageJSON 9.3, VerticalCRS). */
    private void verticalReferencing() throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("coordinates");
        g.writeString("z");
        g.writeEndArray();
        g.writeObjectFieldStart("system");
        g.writeStringField("type", "VerticalCRS");
        g.writeObjectFieldStart("cs");
        g.writeArrayFieldStart("csAxes");
        g.writeStartObject();
        g.writeObjectFieldStart("name");
        g.writeStringField("en", "Depth");
        g.writeEndObject();
        g.writeStringField("direction", "down");
        g.writeObjectFieldStart("unit");
        g.writeStringField("symbol", "m");
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void axis(String name, double value) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeArrayFieldStart("values");
        g.writeNumber(value);
        g.writeEndArray();
        g.writeEndObject();
    }

    private void range(String name, String type, List<Value> all, boolean flags) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("type", "NdArray");
        g.writeStringField("dataType", type);
        g.writeArrayFieldStart("axisNames");
        g.writeString("t");
        g.writeEndArray();
        g.writeArrayFieldStart("shape");
        g.writeNumber(all.size());
        g.writeEndArray();
        g.writeArrayFieldStart("values");
        for (Value v : all) {
            if (flags) {
                g.writeNumber(v.qcFlag());
            } else if (Double.isNaN(v.result())) {
                g.writeNull();
            } else {
                g.writeNumber(v.result());
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
    }
}
