package eu.emso.dmp.server.sos.core;

import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Gml;
import eu.emso.dmp.server.sos.Offering;
import eu.emso.dmp.server.sos.Xml;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Writes {@code sos:Contents}: one {@code sos:ObservationOffering} per procedure with its
 * observable properties, observed area, phenomenon time, response format, observation type and
 * feature type (OGC 12-006 requirement /req/core/gc-contents). One use.
 */
final class ContentsWriter {
    static final String MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";
    static final String SAMPLING_POINT = "http://www.opengis.net/def/samplingFeatureType/OGC-OM/2.0/SF_SamplingPoint";
    private final Catalogue catalogue;

    ContentsWriter(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void write(Xml xml) throws XMLStreamException {
        xml.start("sos:Contents");
        for (Offering o : catalogue.offerings()) {
            xml.start("swes:offering");
            offering(xml, o);
            xml.end();
        }
        xml.element("sos:responseFormat", ObservationWriter.RESPONSE_FORMAT)
                .element("sos:observationType", MEASUREMENT)
                .element("sos:featureOfInterestType", SAMPLING_POINT).end();
    }

    private static void offering(Xml xml, Offering o) throws XMLStreamException {
        xml.start("sos:ObservationOffering").element("swes:identifier", o.identifier())
                .element("swes:procedure", o.procedure())
                .element("swes:procedureDescriptionFormat", SensorMlWriter.FORMAT);
        for (String p : java.util.stream.Stream.concat(o.series().stream().map(Offering.Series::observableProperty),
                o.complex().stream().map(Offering.Complex::observableProperty)).distinct().toList()) {
            xml.element("swes:observableProperty", p);
        }
        for (Offering.Series s : o.series()) {
            if (Gml.hasPosition(s.observedArea())) {
                xml.start("sos:observedArea");
                Gml.envelope(xml, s.observedArea());
                xml.end();
                break;
            }
        }
        TimeValue time = span(o);
        if (time != null) {
            xml.start("sos:phenomenonTime");
            Gml.period(xml, "pt_" + o.sensorId(), time.start(), time.end());
            xml.end();
        }
        xml.element("sos:responseFormat", ObservationWriter.RESPONSE_FORMAT)
                .element("sos:observationType", MEASUREMENT);
        if (!o.complex().isEmpty()) {
            xml.element("sos:observationType", ComplexResult.COMPLEX);
        }
        xml.element("sos:featureOfInterestType", SAMPLING_POINT).end();
    }

    /** The union of the phenomenon times of an offering's Datastreams, or null. */
    static TimeValue span(Offering o) {
        Instant start = null;
        Instant end = null;
        List<TimeValue> times = new java.util.ArrayList<>();
        o.series().forEach(s -> times.add(s.phenomenonTime()));
        o.complex().forEach(c -> times.add(c.phenomenonTime()));
        for (TimeValue t : times) {
            if (t != null) {
                Instant e = t.end() != null ? t.end() : t.start();
                start = start == null || t.start().isBefore(start) ? t.start() : start;
                end = end == null || e.isAfter(end) ? e : end;
            }
        }
        return start == null ? null : new TimeValue(start, end);
    }
}
