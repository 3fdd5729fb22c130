package eu.emso.dmp.server.sos.enhanced;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.server.sos.Gml;
import eu.emso.dmp.server.sos.Identifiers;
import eu.emso.dmp.server.sos.Xml;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a FeatureOfInterest as an O&amp;M 2.0 spatial sampling feature (OGC 10-025r1 clause 9,
 * {@code sams:SF_SpatialSamplingFeature} of type {@code SF_SamplingPoint}): its SOS identifier,
 * its name, and as shape the first position of its GeoJSON geometry (EPSG:4326, latitude first);
 * a feature without a position has a shape with {@code nilReason="missing"}. Stateless.
 */
final class SamplingFeatureWriter {
    static final String SAMPLING_POINT = "http://www.opengis.net/def/samplingFeatureType/OGC-OM/2.0/SF_SamplingPoint";
    private static final String UNKNOWN = "http://www.opengis.net/def/nil/OGC/0/unknown";

    private SamplingFeatureWriter() {
    }

    static void write(Xml xml, EntityRow f) throws XMLStreamException {
        String id = "foi_" + f.id();
        xml.start("sams:SF_SpatialSamplingFeature").attr("gml:id", id);
        String description = Identifiers.text(f, "description");
        if (!description.isBlank()) {
            xml.element("gml:description", description);
        }
        xml.start("gml:identifier").attr("codeSpace", UNKNOWN).text(Identifiers.feature(f)).end();
        String name = Identifiers.text(f, "name");
        if (!name.isBlank()) {
            xml.element("gml:name", name);
        }
        xml.link("sf:type", SAMPLING_POINT).link("sf:sampledFeature", UNKNOWN);
        JsonNode geometry = Identifiers.json(f, "feature");
        if (geometry.path("type").asText().equals("Feature")) {
            geometry = geometry.path("geometry");
        }
        xml.start("sams:shape");
        if (!Gml.point(xml, id + "_shape", geometry)) {
            xml.attr("nilReason", "missing");
        }
        xml.end().end();
    }
}
