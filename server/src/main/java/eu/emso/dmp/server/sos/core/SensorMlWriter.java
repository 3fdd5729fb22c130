package eu.emso.dmp.server.sos.core;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.server.sos.Gml;
import eu.emso.dmp.server.sos.Offering;
import eu.emso.dmp.server.sos.Xml;
import java.util.Iterator;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a procedure as a SensorML 2.0 {@code sml:PhysicalSystem} (OGC 12-000): its unique id,
 * its name and description, identifiers from the Sensor's properties (model, serial number,
 * manufacturer, vocabulary URIs), one output per Datastream ({@code swe:Quantity} with the
 * unit) and the position of its platform. Stateless.
 */
public final class SensorMlWriter {
    public static final String FORMAT = "http://www.opengis.net/sensorml/2.0";
    private static final String UNIQUE_ID = "http://www.opengis.net/def/identifier/OGC/uniqueID";

    private SensorMlWriter() {
    }

    public static void write(Xml xml, Offering o) throws XMLStreamException {
        xml.start("sml:PhysicalSystem").attr("gml:id", "sensor_" + o.sensorId());
        if (!o.sensor().description().isBlank()) {
            xml.element("gml:description", o.sensor().description());
        }
        xml.start("gml:identifier").attr("codeSpace", UNIQUE_ID).text(o.procedure()).end();
        if (!o.sensor().name().isBlank()) {
            xml.element("gml:name", o.sensor().name());
        }
        identification(xml, o);
        capabilities(xml, o);
        outputs(xml, o);
        for (Offering.Series s : o.series()) {
            if (Gml.hasPosition(s.location())) {
                xml.start("sml:position");
                Gml.point(xml, "position_" + o.sensorId(), s.location());
                xml.end();
                break;
            }
        }
        xml.end();
    }

    private static void identification(Xml xml, Offering o) throws XMLStreamException {
        xml.start("sml:identification").start("sml:IdentifierList");
        term(xml, UNIQUE_ID, "uniqueID", o.procedure());
        term(xml, "urn:ogc:def:identifier:OGC:1.0:shortName", "shortName", o.sensor().name());
        JsonNode p = o.sensor().properties();
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isValueNode() && !e.getValue().asText().isBlank()) {
                term(xml, "http://www.opengis.net/def/identifier/" + e.getKey(), e.getKey(), e.getValue().asText());
            }
        }
        xml.end().end();
    }

    private static void capabilities(Xml xml, Offering o) throws XMLStreamException {
        xml.start("sml:capabilities").attr("name", "offerings").start("sml:CapabilityList")
                .start("sml:capability").attr("name", "offeringID")
                .start("swe:Text").attr("definition", "http://www.opengis.net/def/offering/identifier")
                .element("swe:label", "offeringID").element("swe:value", o.identifier()).end()
                .end().end().end();
    }

    private static void outputs(Xml xml, Offering o) throws XMLStreamException {
        if (o.series().isEmpty()) {
            return;
        }
        xml.start("sml:outputs").start("sml:OutputList");
        int n = 0;
        for (Offering.Series s : o.series()) {
            String name = ncName(s.propertyName().isBlank() ? "output" + n : s.propertyName()) + "_" + n++;
            xml.start("sml:output").attr("name", name).start("swe:Quantity")
                    .attr("definition", s.observableProperty());
            xml.start("swe:uom").attr("code", s.uom().isBlank() ? "1" : s.uom().replace(' ', '_')).end();
            xml.end().end();
        }
        xml.end().end();
    }

    private static void term(Xml xml, String definition, String label, String value) throws XMLStreamException {
        xml.start("sml:identifier").start("sml:Term").attr("definition", definition)
                .element("sml:label", label).element("sml:value", value).end().end();
    }

    private static String ncName(String s) {
        String n = s.replaceAll("[^A-Za-z0-9_.-]", "_");
        return Character.isLetter(n.charAt(0)) || n.charAt(0) == '_' ? n : "_" + n;
    }
}
