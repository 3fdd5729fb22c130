package eu.emso.dmp.server.sos.result;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import eu.emso.dmp.server.sos.pox.Dom;
import eu.emso.dmp.server.sos.transactional.StoreErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * InsertResult (OGC 12-006 clause 11.2, {@code /conf/resultInsertion}): the text blocks of
 * {@code resultValues}, read with the template's fields and separators, become Observations of
 * the template's Datastream and feature of interest, all written in one transaction through the
 * store's write path (quality control, deduplication: a block sent again is not stored again,
 * another value at a stored phenomenon time is refused). A block that does not fit the template
 * is InvalidParameterValue, locator {@code resultValues}, naming the block; nothing is written
 * then.
 */
public final class InsertResult implements SosHandler {
    private static final ResourcePath OBSERVATIONS = ResourcePathParser.parse("Observations");
    private static final String LOCATOR = "resultValues";
    private final Supplier<EntityStore> store;

    public InsertResult(Supplier<EntityStore> store) {
        this.store = store;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        r.document();
        String identifier = r.params().required("template");
        String values = Dom.child(r.document(), LOCATOR).map(e -> e.getTextContent()).orElse("");
        if (values.isBlank()) {
            throw SosException.missing(LOCATOR);
        }
        EntityStore s = store.get();
        Templates.Found found = Templates.find(s, Catalogue.read(s), identifier);
        List<ObjectNode> bodies = new ArrayList<>();
        int n = 0;
        for (String block : values.trim().split(Pattern.quote(found.template().block()))) {
            n++;
            if (!block.isBlank()) {
                bodies.add(observation(found, block.trim(), n));
            }
        }
        StoreErrors.refusedAt(LOCATOR, () -> s.inTransaction(t -> {
            bodies.forEach(b -> t.create(OBSERVATIONS, b));
            return null;
        }));
        return SosResponse.ok(xml -> xml.start("sos:InsertResultResponse").end());
    }

    private static ObjectNode observation(Templates.Found f, String block, int n) {
        ResultTemplate t = f.template();
        String[] tokens = block.split(Pattern.quote(t.token()), -1);
        if (tokens.length != t.fields().size()) {
            throw SosException.invalid(LOCATOR, "block " + n + " has " + tokens.length + " values; the template has "
                    + t.fields().size() + " fields");
        }
        ObjectNode o = Json.mapper().createObjectNode();
        for (int i = 0; i < tokens.length; i++) {
            ResultTemplate.Field field = t.fields().get(i);
            String v = tokens[i].trim();
            switch (field.kind()) {
                case PHENOMENON_TIME -> o.put("phenomenonTime", v);
                case RESULT_TIME -> o.put("resultTime", v);
                case VALUE -> value(o, field, t.decimal().equals(".") ? v : v.replace(t.decimal(), "."), n);
                default -> {
                }
            }
        }
        o.putObject("Datastream").put("@iot.id", f.datastream().series().datastreamId());
        o.putObject("FeatureOfInterest").put("@iot.id", f.featureId());
        return o;
    }

    private static void value(ObjectNode o, ResultTemplate.Field field, String v, int n) {
        try {
            switch (field.component()) {
                case "Quantity" -> o.put("result", new java.math.BigDecimal(v));
                case "Count" -> o.put("result", Long.parseLong(v));
                case "Boolean" -> o.put("result", Boolean.parseBoolean(v));
                default -> o.put("result", v);
            }
        } catch (NumberFormatException e) {
            throw SosException.invalid(LOCATOR, "block " + n + ": '" + v + "' of the field '" + field.name()
                    + "' is not a number");
        }
    }
}
