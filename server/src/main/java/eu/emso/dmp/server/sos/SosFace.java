package eu.emso.dmp.server.sos;

import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sos.core.DescribeSensor;
import eu.emso.dmp.server.sos.core.GetCapabilities;
import eu.emso.dmp.server.sos.core.GetObservation;
import eu.emso.dmp.server.sos.enhanced.GetFeatureOfInterest;
import eu.emso.dmp.server.sos.enhanced.GetObservationById;
import eu.emso.dmp.server.sos.gda.GetDataAvailability;
import eu.emso.dmp.server.sos.result.GetResult;
import eu.emso.dmp.server.sos.result.GetResultTemplate;
import eu.emso.dmp.server.sos.result.InsertResult;
import eu.emso.dmp.server.sos.result.InsertResultTemplate;
import eu.emso.dmp.server.sos.transactional.DeleteSensor;
import eu.emso.dmp.server.sos.transactional.InsertObservation;
import eu.emso.dmp.server.sos.transactional.InsertSensor;
import java.util.Optional;
import java.util.function.Supplier;

/** Wires the SOS face: every operation's handler into one {@link SosService}, behind one resource. */
public final class SosFace {
    private SosFace() {
    }

    /** The {@code /sos/service} resource over {@code store}. */
    public static SosResource resource(Supplier<EntityStore> store, Optional<String> baseUrl) {
        SosService service = new SosService();
        service.register(Operation.GET_CAPABILITIES, new GetCapabilities(store, () -> service))
                .register(Operation.DESCRIBE_SENSOR, new DescribeSensor(store))
                .register(Operation.GET_OBSERVATION, new GetObservation(store))
                .register(Operation.GET_FEATURE_OF_INTEREST, new GetFeatureOfInterest(store))
                .register(Operation.GET_OBSERVATION_BY_ID, new GetObservationById(store))
                .register(Operation.INSERT_SENSOR, new InsertSensor(store))
                .register(Operation.DELETE_SENSOR, new DeleteSensor(store))
                .register(Operation.INSERT_OBSERVATION, new InsertObservation(store))
                .register(Operation.INSERT_RESULT_TEMPLATE, new InsertResultTemplate(store))
                .register(Operation.INSERT_RESULT, new InsertResult(store))
                .register(Operation.GET_RESULT_TEMPLATE, new GetResultTemplate(store))
                .register(Operation.GET_RESULT, new GetResult(store))
                .register(Operation.GET_DATA_AVAILABILITY, new GetDataAvailability(store));
        return new SosResource(service, baseUrl);
    }
}
