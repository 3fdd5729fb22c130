package eu.emso.dmp.server.sos.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.sos.Offering;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.Xml;
import eu.emso.dmp.server.sos.pox.Dom;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Element;

/**
 * A result template (OGC 12-006 clause 11.1): the fields of a {@code swe:DataRecord}, each the
 * phenomenon time, the result time, the result value or ignored, and the separators of its
 * {@code swe:TextEncoding}. Immutable.
 *
 * @param fields  the fields in block order
 * @param token   the token separator
 * @param block   the block separator
 * @param decimal the decimal separator
 */
record ResultTemplate(List<Field> fields, String token, String block, String decimal) {
    static final String PHENOMENON_TIME = "http://www.opengis.net/def/property/OGC/0/PhenomenonTime";
    static final String RESULT_TIME = "http://www.opengis.net/def/property/OGC/0/ResultTime";
    private static final String ISO_8601 = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

    ResultTemplate {
        fields = List.copyOf(fields);
    }

    /** What a field holds. */
    enum Kind { PHENOMENON_TIME, RESULT_TIME, VALUE, IGNORED }

    /** One field: its name, what it holds, its SWE component (Time, Quantity, ...) and definition. */
    record Field(String name, Kind kind, String component, String definition) {
    }

    /** The template every Datastream has without one inserted: phenomenon time and value, "," and "@@". */
    static ResultTemplate standard(Offering.Series s) {
        String component = s.observationType().endsWith("OM_Measurement") || s.observationType().isBlank()
                ? "Quantity" : "Text";
        return new ResultTemplate(List.of(new Field("phenomenonTime", Kind.PHENOMENON_TIME, "Time", PHENOMENON_TIME),
                new Field(s.propertyName().isBlank() ? "value" : s.propertyName(), Kind.VALUE, component,
                        s.observableProperty())), ",", "@@", ".");
    }

    /** Reads {@code sos:resultStructure} and {@code sos:resultEncoding}; InvalidParameterValue naming the part at fault. */
    static ResultTemplate parse(Element structure, Element encoding) {
        Element record = Dom.children(structure).stream().findFirst()
                .filter(e -> e.getLocalName().equals("DataRecord") && Xml.SWE.equals(e.getNamespaceURI()))
                .orElseThrow(() -> SosException.invalid("resultStructure", "the result structure is a swe:DataRecord"));
        List<Field> fields = new ArrayList<>();
        for (Element f : Dom.children(record)) {
            if (!f.getLocalName().equals("field")) {
                continue;
            }
            Element c = Dom.children(f).stream().findFirst().orElseThrow(() -> SosException.invalid("resultStructure",
                    "the field '" + f.getAttribute("name") + "' has no component"));
            fields.add(new Field(f.getAttribute("name"), kind(c), c.getLocalName(), c.getAttribute("definition")));
        }
        if (fields.stream().filter(f -> f.kind() == Kind.PHENOMENON_TIME).count() != 1
                || fields.stream().filter(f -> f.kind() == Kind.VALUE).count() != 1) {
            throw SosException.invalid("resultStructure", "the swe:DataRecord needs one swe:Time field of the "
                    + "phenomenon time and one value field (swe:Quantity, swe:Count, swe:Text, swe:Boolean or swe:Category)");
        }
        Element text = Dom.children(encoding).stream().findFirst().filter(e -> e.getLocalName().equals("TextEncoding"))
                .orElseThrow(() -> SosException.invalid("resultEncoding", "the result encoding is a swe:TextEncoding"));
        String token = text.getAttribute("tokenSeparator");
        String block = text.getAttribute("blockSeparator");
        if (token.isEmpty() || block.isEmpty() || token.equals(block)) {
            throw SosException.invalid("resultEncoding", "swe:TextEncoding needs a tokenSeparator and another blockSeparator");
        }
        String decimal = text.getAttribute("decimalSeparator");
        return new ResultTemplate(fields, token, block, decimal.isEmpty() ? "." : decimal);
    }

    private static Kind kind(Element c) {
        String d = c.getAttribute("definition");
        return switch (c.getLocalName()) {
            case "Time" -> d.equals(RESULT_TIME) || d.toLowerCase().endsWith("resulttime") ? Kind.RESULT_TIME
                    : Kind.PHENOMENON_TIME;
            case "Quantity", "Count", "Text", "Boolean", "Category" -> Kind.VALUE;
            default -> Kind.IGNORED;
        };
    }

    /** Writes the {@code swe:DataRecord}, the value field with {@code uom}. */
    void writeStructure(Xml xml, String uom) throws XMLStreamException {
        xml.start("swe:DataRecord");
        for (Field f : fields) {
            xml.start("swe:field").attr("name", f.name()).start("swe:" + f.component());
            if (!f.definition().isBlank()) {
                xml.attr("definition", f.definition());
            }
            if (f.component().equals("Time")) {
                xml.start("swe:uom").attr("xlink:href", ISO_8601).end();
            } else if (f.component().equals("Quantity")) {
                xml.start("swe:uom").attr("code", uom.isBlank() ? "1" : uom.replace(' ', '_')).end();
            }
            xml.end().end();
        }
        xml.end();
    }

    void writeEncoding(Xml xml) throws XMLStreamException {
        xml.start("swe:TextEncoding").attr("tokenSeparator", token).attr("blockSeparator", block)
                .attr("decimalSeparator", decimal).end();
    }

    ObjectNode toJson(long featureId) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("feature", featureId).put("token", token).put("block", block).put("decimal", decimal);
        ArrayNode a = o.putArray("fields");
        fields.forEach(f -> a.addObject().put("name", f.name()).put("kind", f.kind().name())
                .put("component", f.component()).put("definition", f.definition()));
        return o;
    }

    static ResultTemplate fromJson(JsonNode o) {
        List<Field> fields = new ArrayList<>();
        o.path("fields").forEach(f -> fields.add(new Field(f.path("name").asText(), Kind.valueOf(f.path("kind").asText()),
                f.path("component").asText(), f.path("definition").asText())));
        return new ResultTemplate(fields, o.path("token").asText(), o.path("block").asText(), o.path("decimal").asText("."));
    }
}
