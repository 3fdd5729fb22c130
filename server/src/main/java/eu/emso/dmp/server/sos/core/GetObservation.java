package eu.emso.dmp.server.sos.core;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Features;
import eu.emso.dmp.server.sos.Pages;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import eu.emso.dmp.server.sos.Xml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamException;

/**
 * GetObservation (OGC 12-006 clause 8.4, requirements /req/core/go-*): the request is checked and
 * compiled onto the store's query model before anything is written; the Observations are then
 * streamed page by page into {@code sos:GetObservationResponse}, so memory stays flat whatever
 * the size of the answer. With {@code latest} or {@code first}, the newest or oldest Observation
 * of each Datastream.
 */
public final class GetObservation implements SosHandler {
    private static final ResourcePath OBSERVATIONS = ResourcePathParser.parse("Observations");
    private final Supplier<EntityStore> store;

    public GetObservation(Supplier<EntityStore> store) {
        this.store = store;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        r.params().optional("responseFormat").ifPresent(f -> {
            if (!f.equals(ObservationWriter.RESPONSE_FORMAT)) {
                throw SosException.invalid("responseFormat", "the response format is "
                        + ObservationWriter.RESPONSE_FORMAT + ", not '" + f + "'");
            }
        });
        EntityStore s = store.get();
        Features features = new Features(s);
        ObservationQuery q = ObservationQuery.compile(r.params(), Catalogue.read(s), features);
        Map<Long, Catalogue.Match> byId = new LinkedHashMap<>();
        q.datastreams().forEach(m -> byId.put(m.series().datastreamId(), m));
        Map<Long, Catalogue.ComplexMatch> complex = new LinkedHashMap<>();
        q.complex().forEach(m -> complex.put(m.complex().multiDatastreamId(), m));
        ObservationWriter writer = new ObservationWriter(byId, complex, features);
        return SosResponse.ok(xml -> {
            xml.start("sos:GetObservationResponse");
            if (!byId.isEmpty()) {
                stream(s, q, ObservationQuery.DATASTREAM, List.copyOf(byId.keySet()), xml, writer);
            }
            if (!complex.isEmpty()) {
                stream(s, q, ObservationQuery.MULTI_DATASTREAM, List.copyOf(complex.keySet()), xml, writer);
            }
            xml.end();
        });
    }

    private static void stream(EntityStore s, ObservationQuery q, String link, List<Long> ids, Xml xml,
            ObservationWriter writer) throws XMLStreamException {
        String extreme = q.temporal().map(TemporalFilter::extreme).orElse(null);
        if (extreme == null) {
            Pages.write(s, OBSERVATIONS, q.options(link, ids, false, OptionalInt.empty()), o -> write(xml, writer, o));
            return;
        }
        for (long id : ids) {
            for (EntityRow o : s.readCollection(eu.emso.dmp.model.entity.Version.V11, OBSERVATIONS,
                    q.options(link, List.of(id), extreme.equals("latest"), OptionalInt.of(1))).rows()) {
                write(xml, writer, o);
            }
        }
    }

    private static void write(Xml xml, ObservationWriter writer, EntityRow o) throws XMLStreamException {
        xml.start("sos:observationData");
        writer.write(xml, o);
        xml.end();
    }
}
