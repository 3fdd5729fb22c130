package eu.emso.dmp.server.sos.transactional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.BinaryOp;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.EntityTransaction;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Features;
import eu.emso.dmp.server.sos.Offering;
import eu.emso.dmp.server.sos.Pages;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import eu.emso.dmp.server.sos.core.ObservationWriter;
import eu.emso.dmp.server.sos.core.SensorMlWriter;
import eu.emso.dmp.server.sos.pox.Dom;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/**
 * InsertSensor (OGC 12-006 clause 10.1, {@code /conf/sensorInsertion}): a SensorML 2.0
 * description becomes, in one transaction through the store's write path, a Sensor (its
 * procedure and offering in {@code properties}, the description kept as {@code metadata}), a
 * Thing at its position, and one Datastream per {@code swes:observableProperty}, with the unit of
 * the output of that definition and an ObservedProperty found by definition or created. Answers
 * the assigned procedure and offering. A procedure or offering already offered is
 * InvalidParameterValue (locator {@code procedureDescription} / {@code offering}).
 */
public final class InsertSensor implements SosHandler {
    private static final ResourcePath SENSORS = ResourcePathParser.parse("Sensors");
    private static final ResourcePath THINGS = ResourcePathParser.parse("Things");
    private static final ResourcePath DATASTREAMS = ResourcePathParser.parse("Datastreams");
    private static final ResourcePath PROPERTIES = ResourcePathParser.parse("ObservedProperties");
    private final Supplier<EntityStore> store;

    public InsertSensor(Supplier<EntityStore> store) {
        this.store = store;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        Element doc = r.document();
        String format = r.params().required("procedureDescriptionFormat");
        if (!SensorMlWriter.FORMAT.equals(format)) {
            throw SosException.invalid("procedureDescriptionFormat", "procedures are described in "
                    + SensorMlWriter.FORMAT + ", not '" + format + "'");
        }
        Element system = Dom.child(doc, "procedureDescription").flatMap(d -> Dom.children(d).stream().findFirst())
                .orElseThrow(() -> SosException.missing("procedureDescription"));
        if (system.getLocalName().equals("SensorDescription")) {
            system = Dom.descendant(system, "data").flatMap(d -> Dom.children(d).stream().findFirst())
                    .orElseThrow(() -> SosException.missing("procedureDescription"));
        }
        SensorMlReader sensor = SensorMlReader.read(system);
        List<String> properties = r.params().requiredList("observableProperty").stream().distinct().toList();
        String observationType = Dom.descendant(doc, "observationType").map(e -> e.getTextContent().trim())
                .orElse(ObservationWriter.MEASUREMENT);
        String offering = sensor.offering().isBlank() ? sensor.procedure() + "_data" : sensor.offering();
        EntityStore s = store.get();
        Catalogue c = Catalogue.read(s);
        if (c.byProcedure(sensor.procedure()).isPresent()) {
            throw SosException.invalid(SensorMlReader.LOCATOR, "the procedure '" + sensor.procedure()
                    + "' is offered already; DeleteSensor it first to describe it anew");
        }
        if (c.offerings().stream().map(Offering::identifier).anyMatch(offering::equals)) {
            throw SosException.invalid("offering", "the offering '" + offering + "' is offered already");
        }
        String metadata = Dom.serialize(system);
        StoreErrors.refusedAt(SensorMlReader.LOCATOR, () -> s.inTransaction(t -> {
            long sensorId = t.create(SENSORS, sensorBody(sensor, offering, metadata));
            long thingId = t.create(THINGS, thingBody(sensor));
            for (String property : properties) {
                ObjectNode d = Json.mapper().createObjectNode();
                String code = propertyName(property);
                d.put("name", sensor.procedure() + " " + code);
                d.put("description", code + " of " + sensor.name());
                d.put("observationType", observationType);
                String uom = sensor.outputs().getOrDefault(property, "");
                d.putObject("unitOfMeasurement").put("name", uom).put("symbol", uom).put("definition", "");
                d.putObject("Thing").put("@iot.id", thingId);
                d.putObject("Sensor").put("@iot.id", sensorId);
                d.set("ObservedProperty", observedProperty(t, property, code));
                t.create(DATASTREAMS, d);
            }
            return sensorId;
        }));
        return SosResponse.ok(xml -> xml.start("swes:InsertSensorResponse")
                .element("swes:assignedProcedure", sensor.procedure())
                .element("swes:assignedOffering", offering).end());
    }

    private static ObjectNode sensorBody(SensorMlReader sensor, String offering, String metadata) {
        ObjectNode b = Json.mapper().createObjectNode();
        b.put("name", sensor.name());
        b.put("description", sensor.description().isBlank() ? "procedure " + sensor.procedure() : sensor.description());
        b.put("encodingType", "http://www.opengis.net/doc/IS/SensorML/2.0");
        b.put("metadata", metadata);
        ObjectNode p = b.putObject("properties");
        sensor.identifiers().forEach(p::put);
        p.put("sos_procedure", sensor.procedure());
        p.put("sos_offering", offering);
        return b;
    }

    private static ObjectNode thingBody(SensorMlReader sensor) {
        ObjectNode b = Json.mapper().createObjectNode();
        b.put("name", sensor.name());
        b.put("description", "platform of " + sensor.procedure());
        b.putObject("properties").put("sos_procedure", sensor.procedure());
        if (sensor.position() != null) {
            ArrayNode l = b.putArray("Locations");
            l.addObject().put("name", sensor.name()).put("description", "position of " + sensor.procedure())
                    .put("encodingType", "application/geo+json").set("location", sensor.position());
        }
        return b;
    }

    /** A link to the ObservedProperty of this definition, or a new one. */
    private static ObjectNode observedProperty(EntityTransaction t, String definition, String code) {
        Expr byDefinition = new Expr.Binary(BinaryOp.EQ, new Expr.Path(List.of("definition")),
                new Expr.StrLit(definition));
        Optional<EntityRow> found = t.readCollection(eu.emso.dmp.model.entity.Version.V11, PROPERTIES,
                Features.matching(byDefinition)).rows().stream().findFirst();
        ObjectNode o = Json.mapper().createObjectNode();
        if (found.isPresent()) {
            return o.put("@iot.id", found.get().id());
        }
        return o.put("name", code).put("definition", definition).put("description", "observable property " + definition);
    }

    /** The last path segment of a vocabulary URI ({@code .../P01/current/TEMPPR01/} is TEMPPR01). */
    static String propertyName(String definition) {
        String trimmed = definition.replaceAll("[/#:]+$", "");
        String last = trimmed.substring(Math.max(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#')),
                trimmed.lastIndexOf(':')) + 1);
        return last.isBlank() ? definition : last;
    }
}
