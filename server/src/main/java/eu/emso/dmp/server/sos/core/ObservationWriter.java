package eu.emso.dmp.server.sos.core;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Features;
import eu.emso.dmp.server.sos.Identifiers;
import eu.emso.dmp.server.sos.Xml;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Writes Observations as O&amp;M 2.0 {@code om:OM_Observation} (OGC 10-025r1): numeric results as
 * {@code OM_Measurement} with {@code gml:MeasureType} and the Datastream's unit, others as text or
 * truth observations; the QC flag of {@code resultQuality} as a
 * {@code gmd:DQ_QuantitativeAttributeAccuracy} named {@code qc_flag}; the Observations of a
 * MultiDatastream as {@code OM_ComplexObservation} with a {@link ComplexResult}. One instance per
 * response.
 */
public final class ObservationWriter {
    public static final String RESPONSE_FORMAT = "http://www.opengis.net/om/2.0";
    private static final String TYPE = "http://www.opengis.net/def/observationType/OGC-OM/2.0/";
    public static final String MEASUREMENT = TYPE + "OM_Measurement";
    private final Map<Long, Catalogue.Match> datastreams;
    private final Map<Long, Catalogue.ComplexMatch> complex;
    private final Features features;

    /** @param datastreams the Datastreams the Observations may belong to, by id */
    public ObservationWriter(Map<Long, Catalogue.Match> datastreams, Features features) {
        this(datastreams, Map.of(), features);
    }

    /**
     * @param datastreams the Datastreams the Observations may belong to, by id
     * @param complex     the MultiDatastreams they may belong to, by id
     */
    public ObservationWriter(Map<Long, Catalogue.Match> datastreams, Map<Long, Catalogue.ComplexMatch> complex,
            Features features) {
        this.datastreams = datastreams;
        this.complex = complex;
        this.features = features;
    }

    /** Writes one {@code om:OM_Observation}; an Observation of another (Multi)Datastream is skipped. */
    public void write(Xml xml, EntityRow o) throws XMLStreamException {
        Long ds = o.key("Datastream");
        Long multi = o.key("MultiDatastream");
        Catalogue.Match m = ds == null ? null : datastreams.get(ds);
        Catalogue.ComplexMatch c = multi == null ? null : complex.get(multi);
        if (m != null) {
            Result result = Result.of(o.values().get("result"));
            header(xml, o, TYPE + result.type(), m.offering().procedure(), m.series().observableProperty());
            result.write(xml, m.series().uom());
            xml.end();
        } else if (c != null) {
            header(xml, o, ComplexResult.COMPLEX, c.offering().procedure(), c.complex().observableProperty());
            ComplexResult.write(xml, c.complex().components(), o.values().get("result"));
            xml.end();
        }
    }

    /** Starts {@code om:OM_Observation} and writes everything before its result. */
    private void header(Xml xml, EntityRow o, String type, String procedure, String property)
            throws XMLStreamException {
        String id = "o_" + o.id();
        xml.start("om:OM_Observation").attr("gml:id", id);
        xml.start("gml:identifier").attr("codeSpace", "http://www.opengis.net/def/nil/OGC/0/unknown")
                .text(Long.toString(o.id())).end();
        xml.link("om:type", type);
        TimeValue t = (TimeValue) o.values().get("phenomenonTime");
        xml.start("om:phenomenonTime");
        eu.emso.dmp.server.sos.Gml.time(xml, "pt_" + o.id(), t);
        xml.end();
        Object rt = o.values().get("resultTime");
        String resultTime = rt instanceof TimeValue r ? r.start().toString()
                : (t.end() != null ? t.end() : t.start()).toString();
        xml.start("om:resultTime").start("gml:TimeInstant").attr("gml:id", "rt_" + o.id())
                .element("gml:timePosition", resultTime).end().end();
        xml.link("om:procedure", procedure);
        xml.link("om:observedProperty", property);
        featureOfInterest(xml, o.key("FeatureOfInterest"));
        quality(xml, Identifiers.json(o, "resultQuality"));
    }

    private void featureOfInterest(Xml xml, Long foiId) throws XMLStreamException {
        EntityRow f = features.byId(foiId);
        if (f == null) {
            xml.start("om:featureOfInterest").attr("xlink:href", "unknown")
                    .attr("nilReason", "unknown").end();
            return;
        }
        xml.start("om:featureOfInterest").attr("xlink:href", Identifiers.feature(f))
                .attr("xlink:title", Identifiers.text(f, "name")).end();
    }

    private static void quality(Xml xml, JsonNode q) throws XMLStreamException {
        JsonNode flag = q.path("qc_flag");
        if (!flag.isNumber()) {
            return;
        }
        xml.start("om:resultQuality").start("gmd:DQ_QuantitativeAttributeAccuracy")
                .start("gmd:nameOfMeasure").element("gco:CharacterString", "qc_flag").end()
                .start("gmd:measureDescription").element("gco:CharacterString",
                        "QARTOD flag: 1 good, 2 not evaluated, 3 suspect, 4 fail, 9 missing").end()
                .start("gmd:result").start("gmd:DQ_QuantitativeResult")
                .start("gmd:valueUnit").attr("gco:nilReason", "inapplicable").end()
                .start("gmd:value").start("gco:Record").attr("xsi:type", "xs:integer").text(flag.asText()).end().end()
                .end().end().end().end();
    }

    /** A result as O&amp;M writes it: its observation type and its text. */
    public record Result(String type, String xsiType, String text) {
        public static Result of(Object v) {
            String s = v instanceof RawJson r ? r.text() : v == null ? "null" : v.toString();
            if (s.startsWith("\"")) {
                try {
                    return new Result("OM_TextObservation", "xs:string", eu.emso.dmp.model.json.Json.mapper()
                            .readTree(s).asText());
                } catch (java.io.IOException e) {
                    return new Result("OM_TextObservation", "xs:string", s);
                }
            }
            if (s.equals("true") || s.equals("false")) {
                return new Result("OM_TruthObservation", "xs:boolean", s);
            }
            if (s.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
                return new Result("OM_Measurement", "gml:MeasureType", s);
            }
            return new Result("OM_TextObservation", "xs:string", s);
        }

        void write(Xml xml, String uom) throws XMLStreamException {
            xml.start("om:result").attr("xsi:type", xsiType);
            if (xsiType.equals("gml:MeasureType")) {
                xml.attr("uom", uom.isBlank() ? "1" : uom.replace(' ', '_'));
            }
            xml.text(text).end();
        }
    }
}
