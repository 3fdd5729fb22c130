package eu.emso.dmp.server.sos.result;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Features;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import eu.emso.dmp.server.sos.pox.Dom;
import eu.emso.dmp.server.sos.transactional.SamplingPoints;
import java.util.Optional;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/**
 * InsertResultTemplate (OGC 12-006 clause 11.1, {@code /conf/resultInsertion}): the proposed
 * template's offering and observed property select a Datastream, its observation template names
 * the feature of interest (a reference, or an inline sampling point created once), and its
 * {@code swe:DataRecord} and {@code swe:TextEncoding} are kept in the Datastream's properties
 * through the write path. Answers the accepted template's identifier.
 */
public final class InsertResultTemplate implements SosHandler {
    private static final String LOCATOR = "proposedTemplate";
    private final Supplier<EntityStore> store;

    public InsertResultTemplate(Supplier<EntityStore> store) {
        this.store = store;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        Element template = Dom.descendant(r.document(), "ResultTemplate").orElseThrow(() -> SosException.missing(LOCATOR));
        String offering = Dom.child(template, "offering").map(e -> e.getTextContent().trim()).orElse("");
        if (offering.isEmpty()) {
            throw SosException.missing("offering");
        }
        Element obs = Dom.child(template, "observationTemplate").flatMap(o -> Dom.child(o, "OM_Observation"))
                .orElseThrow(() -> SosException.missing("observationTemplate"));
        String property = Dom.child(obs, "observedProperty").map(e -> e.getAttributeNS(eu.emso.dmp.server.sos.Xml.XLINK,
                "href")).orElse("");
        ResultTemplate parsed = ResultTemplate.parse(
                Dom.child(template, "resultStructure").orElseThrow(() -> SosException.missing("resultStructure")),
                Dom.child(template, "resultEncoding").orElseThrow(() -> SosException.missing("resultEncoding")));
        SamplingPoints.Ref foi = SamplingPoints.read(obs, "observationTemplate");
        EntityStore s = store.get();
        Catalogue.Match ds = Templates.datastream(Catalogue.read(s), offering, property);
        Optional<Long> known = new Features(s).find(foi.identifier());
        ObjectNode newFeature = known.isPresent() ? null : SamplingPoints.body(foi, "observationTemplate");
        long datastreamId = ds.series().datastreamId();
        String id = eu.emso.dmp.server.sos.transactional.StoreErrors.refusedAt(LOCATOR, () -> s.inTransaction(t -> {
            long featureId = known.orElseGet(() -> t.create(ResourcePathParser.parse("FeaturesOfInterest"), newFeature));
            String identifier = Templates.identifier(datastreamId, featureId);
            ObjectNode properties = Templates.properties(t, datastreamId);
            ObjectNode templates = properties.has(Templates.PROPERTY) && properties.get(Templates.PROPERTY).isObject()
                    ? (ObjectNode) properties.get(Templates.PROPERTY) : properties.putObject(Templates.PROPERTY);
            templates.set(identifier, parsed.toJson(featureId));
            ObjectNode patch = Json.mapper().createObjectNode();
            patch.set("properties", properties);
            t.update(Templates.path(datastreamId), patch, false);
            return identifier;
        }));
        return SosResponse.ok(xml -> xml.start("sos:InsertResultTemplateResponse").element("sos:acceptedTemplate", id).end());
    }
}
