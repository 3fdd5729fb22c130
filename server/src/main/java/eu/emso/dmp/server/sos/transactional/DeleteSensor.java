package eu.emso.dmp.server.sos.transactional;

import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Offering;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import java.util.function.Supplier;

/**
 * DeleteSensor (OGC 12-006 clause 10.2, {@code /conf/sensorDeletion}): deletes the Sensor of the
 * procedure through the store's write path, with the cascades of a SensorThings DELETE (its
 * Datastreams and their Observations, change events to MQTT), in one transaction; its Thing and
 * FeaturesOfInterest stay, as they may serve others. An unknown procedure is
 * InvalidParameterValue, locator {@code procedure}.
 */
public final class DeleteSensor implements SosHandler {
    private final Supplier<EntityStore> store;

    public DeleteSensor(Supplier<EntityStore> store) {
        this.store = store;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        r.document();
        String procedure = r.params().required("procedure");
        EntityStore s = store.get();
        Offering o = Catalogue.read(s).byProcedure(procedure).orElseThrow(() ->
                SosException.invalid("procedure", "no procedure '" + procedure + "' is offered by this service"));
        StoreErrors.refusedAt("procedure", () -> {
            s.delete(ResourcePathParser.parse("Sensors(" + o.sensorId() + ")"));
            return null;
        });
        return SosResponse.ok(xml -> xml.start("swes:DeleteSensorResponse")
                .element("swes:deletedProcedure", procedure).end());
    }
}
