package eu.emso.dmp.server.sos.transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Features;
import eu.emso.dmp.server.sos.Offering;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import eu.emso.dmp.server.sos.pox.Dom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/**
 * InsertObservation (OGC 12-006 clause 10.3, {@code /conf/obsInsertion}): each
 * {@code om:OM_Observation} is mapped onto the Datastream of its offering, procedure and
 * observed property and written through the store's write path in one transaction: quality
 * control, deduplication (an observation sent again is not stored again; another result at the
 * same phenomenon time is refused), change events. A feature of interest is referenced by
 * identifier or given inline as a sampling point, which is created once.
 */
public final class InsertObservation implements SosHandler {
    private static final ResourcePath OBSERVATIONS = ResourcePathParser.parse("Observations");
    private static final ResourcePath FEATURES = ResourcePathParser.parse("FeaturesOfInterest");
    private final Supplier<EntityStore> store;

    public InsertObservation(Supplier<EntityStore> store) {
        this.store = store;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        Element doc = r.document();
        List<String> offerings = r.params().requiredList("offering");
        EntityStore s = store.get();
        Catalogue c = Catalogue.read(s);
        Catalogue.checkKnown("offering", offerings, c.offerings().stream().map(Offering::identifier)
                .collect(java.util.stream.Collectors.toSet()));
        OmReader reader = new OmReader(doc);
        List<OmReader.Parsed> parsed = new ArrayList<>();
        for (Element holder : Dom.children(doc)) {
            if (holder.getLocalName().equals("observation")) {
                parsed.add(reader.read(Dom.child(holder, "OM_Observation").orElseThrow(() ->
                        SosException.invalid(OmReader.LOCATOR, "sos:observation holds no om:OM_Observation"))));
            }
        }
        if (parsed.isEmpty()) {
            throw SosException.missing("observation");
        }
        Features features = new Features(s);
        List<ObjectNode> bodies = new ArrayList<>();
        Map<String, ObjectNode> newFeatures = new HashMap<>();
        for (OmReader.Parsed p : parsed) {
            ObjectNode body = p.body();
            body.putObject("Datastream").put("@iot.id", datastream(c, offerings, p));
            features.find(p.feature()).ifPresentOrElse(id -> body.putObject("FeatureOfInterest").put("@iot.id", id),
                    () -> newFeatures.computeIfAbsent(p.feature(), k -> SamplingPoints.body(p.foi(), OmReader.LOCATOR)));
            bodies.add(body);
        }
        StoreErrors.refusedAt(OmReader.LOCATOR, () -> s.inTransaction(t -> {
            Map<String, Long> created = new HashMap<>();
            newFeatures.forEach((id, f) -> created.put(id, t.create(FEATURES, f)));
            for (int i = 0; i < bodies.size(); i++) {
                ObjectNode body = bodies.get(i);
                if (!body.has("FeatureOfInterest")) {
                    body.putObject("FeatureOfInterest").put("@iot.id", created.get(parsed.get(i).feature()));
                }
                t.create(OBSERVATIONS, body);
            }
            return null;
        }));
        return SosResponse.ok(xml -> xml.start("sos:InsertObservationResponse").end());
    }

    private static long datastream(Catalogue c, List<String> offerings, OmReader.Parsed p) {
        List<Catalogue.Match> m = c.series(x -> offerings.contains(x.offering().identifier())
                && x.offering().procedure().equals(p.procedure())
                && x.series().observableProperty().equals(p.observedProperty()));
        if (m.isEmpty()) {
            throw SosException.invalid(OmReader.LOCATOR, "the offering(s) " + offerings + " hold no procedure '"
                    + p.procedure() + "' observing '" + p.observedProperty() + "'");
        }
        return m.get(0).series().datastreamId();
    }
}
