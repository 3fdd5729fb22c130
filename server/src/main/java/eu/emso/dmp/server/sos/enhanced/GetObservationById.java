package eu.emso.dmp.server.sos.enhanced;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Conditions;
import eu.emso.dmp.server.sos.Features;
import eu.emso.dmp.server.sos.Pages;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import eu.emso.dmp.server.sos.core.ObservationWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * GetObservationById (OGC 12-006 clause 9.2, {@code /conf/obsByIdRetrieval}): the O&amp;M 2.0
 * observations with the identifiers given in {@code observation} (the {@code gml:identifier}
 * GetObservation writes: the Observation's id), each in a {@code sos:observation}. An identifier
 * that names no observation of an offered Datastream is InvalidParameterValue with locator
 * {@code observation} (requirement /req/obsByIdRetrieval/invalid-id); nothing is written then.
 */
public final class GetObservationById implements SosHandler {
    private static final ResourcePath OBSERVATIONS = ResourcePathParser.parse("Observations");
    private final Supplier<EntityStore> store;

    public GetObservationById(Supplier<EntityStore> store) {
        this.store = store;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String v : r.params().requiredList("observation")) {
            ids.add(id(v));
        }
        EntityStore s = store.get();
        Map<Long, Catalogue.Match> byDatastream = new HashMap<>();
        Catalogue catalogue = Catalogue.read(s);
        catalogue.series(m -> true).forEach(m -> byDatastream.put(m.series().datastreamId(), m));
        List<EntityRow> found = new ArrayList<>(Pages.all(s, OBSERVATIONS,
                Features.matching(Conditions.anyOf(List.of("id"), List.copyOf(ids)))));
        Map<Long, Catalogue.ComplexMatch> byMulti = new HashMap<>();
        catalogue.selectComplex(r.params()).forEach(m -> byMulti.put(m.complex().multiDatastreamId(), m));
        found.removeIf(o -> !byDatastream.containsKey(o.key("Datastream")) && !byMulti.containsKey(o.key("MultiDatastream")));
        Set<Long> missing = new LinkedHashSet<>(ids);
        found.forEach(o -> missing.remove(o.id()));
        if (!missing.isEmpty()) {
            throw SosException.invalid("observation", "no observation '" + missing.iterator().next()
                    + "' is offered by this service");
        }
        ObservationWriter writer = new ObservationWriter(byDatastream, byMulti, new Features(s));
        return SosResponse.ok(xml -> {
            xml.start("sos:GetObservationByIdResponse");
            for (EntityRow o : found) {
                xml.start("sos:observation");
                writer.write(xml, o);
                xml.end();
            }
            xml.end();
        });
    }

    private static long id(String v) {
        String digits = v.replaceFirst("^o_", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw SosException.invalid("observation", "'" + v + "' is not an observation identifier of this service "
                    + "(the gml:identifier of an om:OM_Observation, a number)");
        }
    }
}
