package eu.emso.dmp.server.sos.gda;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.SeriesAvailability;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Features;
import eu.emso.dmp.server.sos.Gml;
import eu.emso.dmp.server.sos.Identifiers;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import eu.emso.dmp.server.sos.Xml;
import eu.emso.dmp.server.sos.core.ObservationWriter;
import eu.emso.dmp.server.sos.core.SensorMlWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamException;

/**
 * GetDataAvailability (52°North SOS extension): one {@code gda:dataAvailabilityMember} per
 * Datastream and FeatureOfInterest it has observations of, with the procedure, observed
 * property, feature of interest and the phenomenon time range as a {@code gml:TimePeriod}; in
 * the 2.0 style also the offering and the formats. Filters {@code procedure},
 * {@code observedProperty}, {@code featureOfInterest} and {@code offering} (OR within one, AND
 * between them; unknown identifiers are InvalidParameterValue). Read from the per-series
 * aggregates of the store ({@link EntityStore#seriesAvailability}), not from observations.
 */
public final class GetDataAvailability implements SosHandler {
    private final Supplier<EntityStore> store;

    public GetDataAvailability(Supplier<EntityStore> store) {
        this.store = store;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        GdaStyle style = GdaStyle.of(r);
        EntityStore s = store.get();
        Features features = new Features(s);
        Map<Long, Catalogue.Match> byId = new HashMap<>();
        Catalogue.read(s).select(r.params()).forEach(m -> byId.put(m.series().datastreamId(), m));
        List<String> foi = r.params().list("featureOfInterest");
        Set<Long> wanted = foi.isEmpty() ? null : new HashSet<>(features.ids(foi));
        List<SeriesAvailability> series = s.seriesAvailability(byId.keySet()).stream()
                .filter(a -> wanted == null || wanted.contains(a.featureId())).toList();
        return SosResponse.ok(xml -> {
            xml.bind("gda", style.namespace).start("gda:GetDataAvailabilityResponse");
            int n = 0;
            for (SeriesAvailability a : series) {
                member(xml, style, ++n, byId.get(a.datastreamId()), features.byId(a.featureId()), a);
            }
            xml.end();
        });
    }

    private static void member(Xml xml, GdaStyle style, int n, Catalogue.Match m, EntityRow feature,
                               SeriesAvailability a) throws XMLStreamException {
        xml.start("gda:dataAvailabilityMember").attr("gml:id", "dam_" + n);
        reference(xml, "gda:procedure", m.offering().procedure(), m.offering().sensor().name());
        reference(xml, "gda:observedProperty", m.series().observableProperty(), m.series().propertyName());
        reference(xml, "gda:featureOfInterest", feature == null ? "unknown" : Identifiers.feature(feature),
                feature == null ? "" : Identifiers.text(feature, "name"));
        xml.start("gda:phenomenonTime");
        Gml.period(xml, "tp_" + n, a.start().toInstant(), a.end().toInstant());
        xml.end();
        if (style.offerings) {
            reference(xml, "gda:offering", m.offering().identifier(), m.offering().identifier());
            String type = m.series().observationType().isBlank() ? ObservationWriter.MEASUREMENT
                    : m.series().observationType();
            xml.start("gda:formatDescriptor").start("gda:procedureDescriptionFormatDescriptor")
                    .element("gda:procedureDescriptionFormat", SensorMlWriter.FORMAT).end()
                    .start("gda:observationFormatDescriptor")
                    .element("gda:responseFormat", ObservationWriter.RESPONSE_FORMAT)
                    .element("gda:observationType", type).end().end();
        }
        xml.end();
    }

    private static void reference(Xml xml, String element, String href, String title) throws XMLStreamException {
        xml.start(element).attr("xlink:href", href);
        if (!title.isBlank()) {
            xml.attr("xlink:title", title);
        }
        xml.end();
    }

}
