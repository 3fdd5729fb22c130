package eu.emso.dmp.server.sos.transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.Xml;
import eu.emso.dmp.server.sos.pox.Dom;
import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Reads one O&amp;M 2.0 {@code om:OM_Observation} of an InsertObservation request (OGC 12-006
 * clause 10.3): its procedure, observed property and feature of interest references, its
 * phenomenon and result times (instants or periods, also by {@code xlink:href="#id"} to a time
 * elsewhere in the request) and its result ({@code gml:MeasureType}, text, boolean, integer).
 * Anything it cannot map is InvalidParameterValue with locator {@code observation}.
 */
final class OmReader {
    static final String LOCATOR = "observation";
    private final Map<String, Element> times = new HashMap<>();

    /** @param request the whole request, so that time references across observations resolve */
    OmReader(Element request) {
        collect(request);
    }

    /** A parsed observation with its feature of interest as given. */
    record Parsed(String procedure, String observedProperty, SamplingPoints.Ref foi, ObjectNode body) {
        String feature() {
            return foi.identifier();
        }
    }

    Parsed read(Element obs) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("phenomenonTime", time(Dom.child(obs, "phenomenonTime").orElseThrow(() -> missing("om:phenomenonTime"))));
        Dom.child(obs, "resultTime").ifPresent(r -> body.put("resultTime", time(r).replaceFirst(".*/", "")));
        Element result = Dom.child(obs, "result").orElseThrow(() -> missing("om:result"));
        putResult(body, result);
        String procedure = href(obs, "procedure");
        String property = href(obs, "observedProperty");
        SamplingPoints.Ref foi = SamplingPoints.read(obs, LOCATOR);
        return new Parsed(procedure, property, foi, body);
    }

    private void putResult(ObjectNode body, Element result) {
        String type = result.getAttributeNS(Xml.XSI, "type");
        String text = result.getTextContent().trim();
        String local = type.contains(":") ? type.substring(type.indexOf(':') + 1) : type;
        try {
            switch (local) {
                case "MeasureType", "double", "decimal", "float" -> body.put("result", Double.parseDouble(text));
                case "integer", "int", "long" -> body.put("result", Long.parseLong(text));
                case "boolean" -> body.put("result", Boolean.parseBoolean(text));
                case "string", "" -> body.put("result", text);
                default -> throw SosException.invalid(LOCATOR, "the result type '" + type + "' is not supported; use "
                        + "gml:MeasureType, xs:string, xs:boolean or xs:integer");
            }
        } catch (NumberFormatException e) {
            throw SosException.invalid(LOCATOR, "the result '" + text + "' is not a number");
        }
    }

    private String time(Element holder) {
        String ref = holder.getAttributeNS(Xml.XLINK, "href");
        Element t = !ref.isEmpty() ? times.get(ref.replaceFirst("^#", "")) : Dom.children(holder).stream().findFirst().orElse(null);
        if (t == null) {
            throw SosException.invalid(LOCATOR, "the time of om:" + holder.getLocalName() + " is missing or refers to "
                    + "no time in the request ('" + ref + "')");
        }
        if (t.getLocalName().equals("TimePeriod")) {
            return Dom.text(t, "beginPosition") + "/" + Dom.text(t, "endPosition");
        }
        return Dom.text(t, "timePosition");
    }

    private static String href(Element obs, String name) {
        String h = Dom.child(obs, name).map(e -> e.getAttributeNS(Xml.XLINK, "href")).orElse("");
        if (h.isBlank()) {
            throw missing("om:" + name + " xlink:href");
        }
        return h;
    }

    private void collect(Element e) {
        String id = e.getAttributeNS(Xml.GML, "id");
        if (!id.isEmpty() && (e.getLocalName().equals("TimeInstant") || e.getLocalName().equals("TimePeriod"))) {
            times.put(id, e);
        }
        Dom.children(e).forEach(this::collect);
    }

    private static SosException missing(String what) {
        return SosException.invalid(LOCATOR, "the observation has no " + what);
    }
}
