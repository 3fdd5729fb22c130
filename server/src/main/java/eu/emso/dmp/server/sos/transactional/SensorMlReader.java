package eu.emso.dmp.server.sos.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.Xml;
import eu.emso.dmp.server.sos.pox.Dom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Reads the SensorML 2.0 description of an InsertSensor request (OGC 12-000, a
 * {@code sml:PhysicalSystem} or {@code sml:PhysicalComponent}): its unique id
 * ({@code gml:identifier}, else the {@code uniqueID} term), name, description, identifiers
 * (terms by label), the offering of its {@code offeringID} capability, its outputs (definition
 * to unit code) and its position. What it cannot read is InvalidParameterValue with locator
 * {@code procedureDescription}.
 *
 * @param procedure   the procedure identifier
 * @param name        the name, or the procedure when there is none
 * @param description the description, or ""
 * @param offering    the offering identifier given, or ""
 * @param identifiers identifier terms, label to value
 * @param outputs     the unit code of each output, by its definition
 * @param position    the position as a GeoJSON point, or null
 */
record SensorMlReader(String procedure, String name, String description, String offering,
                      Map<String, String> identifiers, Map<String, String> outputs, JsonNode position) {
    static final String LOCATOR = "procedureDescription";
    private static final String UNIQUE_ID = "uniqueID";

    static SensorMlReader read(Element system) {
        if (!Xml.SML.equals(system.getNamespaceURI())) {
            throw SosException.invalid(LOCATOR, "the procedure description is a SensorML 2.0 sml:PhysicalSystem, not {"
                    + system.getNamespaceURI() + "}" + system.getLocalName());
        }
        Map<String, String> ids = new LinkedHashMap<>();
        Dom.child(system, "identification").ifPresent(l -> terms(l, ids));
        String procedure = Dom.child(system, "identifier").map(e -> e.getTextContent().trim())
                .filter(s -> !s.isEmpty()).orElse(ids.getOrDefault(UNIQUE_ID, ""));
        if (procedure.isEmpty()) {
            throw SosException.invalid(LOCATOR, "the procedure description has no gml:identifier (the procedure's "
                    + "unique id)");
        }
        ids.remove(UNIQUE_ID);
        String name = Dom.child(system, "name").map(e -> e.getTextContent().trim()).orElse("");
        String description = Dom.child(system, "description").map(e -> e.getTextContent().trim()).orElse("");
        return new SensorMlReader(procedure, name.isEmpty() ? procedure : name, description, offering(system), ids,
                outputs(system), Dom.child(system, "position").flatMap(p -> Dom.descendant(p, "pos"))
                .map(p -> Positions.point(p.getTextContent(), LOCATOR)).orElse(null));
    }

    private static void terms(Element list, Map<String, String> out) {
        for (Element term : Dom.children(list).stream().flatMap(l -> Dom.children(l).stream())
                .flatMap(i -> Dom.children(i).stream()).filter(t -> t.getLocalName().equals("Term")).toList()) {
            String label = Dom.text(term, "label");
            String definition = term.getAttribute("definition");
            String key = definition.endsWith(UNIQUE_ID) ? UNIQUE_ID
                    : label.isEmpty() ? definition : label.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase();
            if (!key.isEmpty()) {
                out.put(key, Dom.text(term, "value"));
            }
        }
    }

    private static String offering(Element system) {
        for (Element c : Dom.children(system)) {
            if (c.getLocalName().equals("capabilities")) {
                for (Element cap : Dom.children(Dom.children(c).stream().findFirst().orElse(c))) {
                    String name = cap.getAttribute("name");
                    if (name.equalsIgnoreCase("offeringID") || name.equalsIgnoreCase("offering")) {
                        return Dom.text(cap, "value");
                    }
                }
            }
        }
        return "";
    }

    private static Map<String, String> outputs(Element system) {
        Map<String, String> out = new LinkedHashMap<>();
        Dom.child(system, "outputs").flatMap(o -> Dom.child(o, "OutputList")).ifPresent(list -> {
            for (Element output : Dom.children(list)) {
                Dom.children(output).stream().findFirst().ifPresent(component -> out.put(
                        component.getAttribute("definition"),
                        Dom.descendant(component, "uom").map(u -> u.getAttribute("code")).orElse("")));
            }
        });
        return out;
    }

}
