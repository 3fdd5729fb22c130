package eu.emso.dmp.server.sos.enhanced;

import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Conditions;
import eu.emso.dmp.server.sos.Features;
import eu.emso.dmp.server.sos.Pages;
import eu.emso.dmp.server.sos.Params;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import eu.emso.dmp.server.sos.Xml;
import eu.emso.dmp.server.sos.core.SpatialFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamException;

/**
 * GetFeatureOfInterest (OGC 12-006 clause 9.1, {@code /conf/foiRetrieval}): the features of
 * interest, as {@code sams:SF_SpatialSamplingFeature} in {@code sos:featureMember}s, that match
 * every filter given: {@code featureOfInterest} (identifiers), {@code procedure} and
 * {@code observedProperty} (features observed by the Datastreams they select) and
 * {@code spatialFilter} (BBOX on the feature's shape). The values of one parameter are ORed.
 * Unknown identifiers are InvalidParameterValue with the parameter as locator (requirement
 * /req/foiRetrieval/invalid-*). Streamed page by page.
 */
public final class GetFeatureOfInterest implements SosHandler {
    private static final ResourcePath FEATURES = ResourcePathParser.parse("FeaturesOfInterest");
    private final Supplier<EntityStore> store;

    public GetFeatureOfInterest(Supplier<EntityStore> store) {
        this.store = store;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        EntityStore s = store.get();
        Optional<Expr> filter = compile(r.params(), Catalogue.read(s), new Features(s));
        return SosResponse.ok(xml -> {
            xml.start("sos:GetFeatureOfInterestResponse");
            Pages.write(s, FEATURES, Features.matching(filter.orElse(null)), f -> {
                xml.start("sos:featureMember");
                SamplingFeatureWriter.write(xml, f);
                xml.end();
            });
            xml.end();
        });
    }

    /** The condition on FeaturesOfInterest of a request's filters; empty when there are none. */
    static Optional<Expr> compile(Params p, Catalogue c, Features features) {
        List<Expr> and = new ArrayList<>();
        List<String> foi = p.list("featureOfInterest");
        if (!foi.isEmpty()) {
            and.add(Conditions.anyOf(List.of("id"), features.ids(foi)));
        }
        if (!p.list("procedure").isEmpty() || !p.list("observedProperty").isEmpty() || !p.list("offering").isEmpty()) {
            List<Long> ds = c.select(p).stream().map(m -> m.series().datastreamId()).toList();
            and.add(Conditions.anyOf(List.of("Observations", "Datastream", "id"), ds));
        }
        p.optional("spatialFilter").map(SpatialFilter::parse).ifPresent(b -> and.add(b.condition(List.of("feature"))));
        return Conditions.allOf(and);
    }
}
