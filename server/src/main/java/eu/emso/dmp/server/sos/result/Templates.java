package eu.emso.dmp.server.sos.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityOperations;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Identifiers;
import eu.emso.dmp.server.sos.SosException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where result templates live: in their Datastream's {@code properties.sos_result_templates},
 * by identifier {@code template-<datastream id>-<feature id>}, so that they are visible and
 * editable over SensorThings like any property. Stateless.
 */
final class Templates {
    static final String PROPERTY = "sos_result_templates";

    private Templates() {
    }

    /** A template with the Datastream it belongs to. */
    record Found(Catalogue.Match datastream, ResultTemplate template, long featureId) {
    }

    static String identifier(long datastreamId, long featureId) {
        return "template-" + datastreamId + "-" + featureId;
    }

    /** The one Datastream of an offering and observed property; InvalidParameterValue when there is none. */
    static Catalogue.Match datastream(Catalogue c, String offering, String observedProperty) {
        List<Catalogue.Match> m = c.select(new eu.emso.dmp.server.sos.Params(Map.of("offering", List.of(offering),
                "observedProperty", List.of(observedProperty))));
        if (m.isEmpty()) {
            throw SosException.invalid("observedProperty", "the offering '" + offering + "' does not observe '"
                    + observedProperty + "'");
        }
        return m.get(0);
    }

    /** The Datastream's properties. */
    static ObjectNode properties(EntityOperations s, long datastreamId) {
        JsonNode p = Identifiers.json(s.readEntity(Version.V11, path(datastreamId), QueryOptions.none()), "properties");
        return p.isObject() ? (ObjectNode) p : eu.emso.dmp.model.json.Json.mapper().createObjectNode();
    }

    /** The template of this identifier; InvalidParameterValue at {@code template} when there is none. */
    static Found find(EntityOperations s, Catalogue c, String identifier) {
        String[] parts = identifier.split("-");
        Optional<Catalogue.Match> ds = Optional.empty();
        if (parts.length == 3 && parts[0].equals("template") && parts[1].matches("\\d+") && parts[2].matches("\\d+")) {
            long id = Long.parseLong(parts[1]);
            ds = c.series(m -> m.series().datastreamId() == id).stream().findFirst();
        }
        JsonNode t = ds.map(m -> properties(s, m.series().datastreamId()).path(PROPERTY).path(identifier))
                .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
        if (!t.isObject()) {
            throw SosException.invalid("template", "no result template '" + identifier + "' is known to this service");
        }
        return new Found(ds.get(), ResultTemplate.fromJson(t), t.path("feature").asLong());
    }

    /** A Datastream with the template its results are written in. */
    record Chosen(Catalogue.Match datastream, ResultTemplate template) {
    }

    /**
     * The Datastream of a request's required {@code offering} and {@code observedProperty}, with
     * its first inserted template, else {@link ResultTemplate#standard}.
     */
    static Chosen forRequest(EntityOperations s, Catalogue c, eu.emso.dmp.server.sos.Params p) {
        Catalogue.Match ds = datastream(c, p.required("offering"), p.required("observedProperty"));
        return new Chosen(ds, first(s, ds.series().datastreamId()).orElseGet(() -> ResultTemplate.standard(ds.series())));
    }

    /** The first template stored for the Datastream, if any. */
    static Optional<ResultTemplate> first(EntityOperations s, long datastreamId) {
        JsonNode all = properties(s, datastreamId).path(PROPERTY);
        return all.isObject() && all.size() > 0 ? Optional.of(ResultTemplate.fromJson(all.elements().next()))
                : Optional.empty();
    }

    static ResourcePath path(long datastreamId) {
        return ResourcePathParser.parse("Datastreams(" + datastreamId + ")");
    }
}
