package eu.emso.dmp.server.sos.core;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.sos.Offering;
import eu.emso.dmp.server.sos.Xml;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * The result of an {@code OM_ComplexObservation} (OGC 10-025r1 clause 8.2.3, the observation of a
 * MultiDatastream): a SWE Common 2.0 {@code swe:DataRecord} with one field per component, in the
 * order of the result array; a number as {@code swe:Quantity} with the component's unit, a
 * boolean as {@code swe:Boolean}, anything else as {@code swe:Text}; a null as a Quantity without
 * a value. Stateless.
 */
public final class ComplexResult {
    public static final String COMPLEX = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_ComplexObservation";
    /** SWE Common's {@code NameToken}: a field name starts with a letter. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]*");

    private ComplexResult() {
    }

    /** Writes {@code om:result} for the array {@code result} of an Observation. */
    static void write(Xml xml, List<Offering.Component> components, Object result) throws XMLStreamException {
        JsonNode values = parse(result);
        xml.start("om:result").attr("xsi:type", "swe:DataRecordPropertyType").start("swe:DataRecord");
        for (int i = 0; i < components.size(); i++) {
            Offering.Component c = components.get(i);
            JsonNode v = values.path(i);
            xml.start("swe:field").attr("name", fieldName(c.name(), i));
            if (v.isBoolean()) {
                xml.start("swe:Boolean").attr("definition", c.definition()).element("swe:value", v.asText()).end();
            } else if (v.isTextual()) {
                xml.start("swe:Text").attr("definition", c.definition()).element("swe:value", v.asText()).end();
            } else {
                xml.start("swe:Quantity").attr("definition", c.definition());
                xml.start("swe:uom").attr("code", c.uom().isBlank() ? "1" : c.uom().replace(' ', '_')).end();
                if (v.isNumber()) {
                    xml.element("swe:value", v.asText());
                }
                xml.end();
            }
            xml.end();
        }
        xml.end().end();
    }

    static String fieldName(String name, int position) {
        String n = name.replaceAll("[^A-Za-z0-9_.\\-]", "_");
        return NAME.matcher(n).matches() ? n : "field_" + (position + 1);
    }

    private static JsonNode parse(Object result) {
        String s = result instanceof RawJson r ? r.text() : String.valueOf(result);
        try {
            return Json.mapper().readTree(s);
        } catch (IOException e) {
            return Json.mapper().createArrayNode();
        }
    }
}
