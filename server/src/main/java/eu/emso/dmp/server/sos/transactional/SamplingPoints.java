package eu.emso.dmp.server.sos.transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.Xml;
import eu.emso.dmp.server.sos.pox.Dom;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The feature of interest of an observation in a request: a reference ({@code xlink:href}) or an
 * inline {@code sams:SF_SpatialSamplingFeature} with a point, which becomes a FeatureOfInterest
 * named by its identifier ({@code properties.sos_identifier}). Stateless.
 */
public final class SamplingPoints {
    private SamplingPoints() {
    }

    /** A feature as given: identifier, name, and GeoJSON geometry (null when given by reference only). */
    public record Ref(String identifier, String name, JsonNode geometry) {
    }

    /** Reads {@code om:featureOfInterest} of {@code obs}; InvalidParameterValue at {@code locator} when it has no identifier. */
    public static Ref read(Element obs, String locator) {
        Element foi = Dom.child(obs, "featureOfInterest").orElseThrow(() -> SosException.invalid(locator,
                "the observation has no om:featureOfInterest"));
        String id = foi.getAttributeNS(Xml.XLINK, "href");
        String name = foi.getAttributeNS(Xml.XLINK, "title");
        JsonNode geometry = null;
        Optional<Element> inline = Dom.children(foi).stream().findFirst();
        if (inline.isPresent()) {
            id = Dom.text(inline.get(), "identifier");
            name = Dom.text(inline.get(), "name");
            geometry = Dom.descendant(inline.get(), "pos").map(p -> Positions.point(p.getTextContent(), locator))
                    .orElse(null);
        }
        if (id.isBlank()) {
            throw SosException.invalid(locator, "the observation has no om:featureOfInterest identifier");
        }
        return new Ref(id, name.isBlank() ? id : name, geometry);
    }

    /** The FeatureOfInterest to create for a feature not known yet; InvalidParameterValue when it has no point. */
    public static ObjectNode body(Ref f, String locator) {
        if (f.geometry() == null) {
            throw SosException.invalid(locator, "the feature of interest '" + f.identifier()
                    + "' is not known; send it inline as sams:SF_SpatialSamplingFeature with a point shape");
        }
        ObjectNode b = Json.mapper().createObjectNode();
        b.put("name", f.name());
        b.put("description", "sampling point " + f.identifier());
        b.put("encodingType", "application/geo+json");
        b.set("feature", f.geometry());
        ObjectNode props = b.putObject("properties");
        props.put("sos_identifier", f.identifier());
        props.put("sampling_feature_type", "SF_SamplingPoint");
        return b;
    }
}
