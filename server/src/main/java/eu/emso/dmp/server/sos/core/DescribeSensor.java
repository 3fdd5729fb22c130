package eu.emso.dmp.server.sos.core;

import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Offering;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import java.util.function.Supplier;

/**
 * DescribeSensor (OGC 12-006 clause 8.2, requirements /req/core/ds-*): the SensorML 2.0
 * description of one procedure. {@code procedure} and {@code procedureDescriptionFormat} are
 * required; an unknown procedure or another format is InvalidParameterValue with the
 * parameter as locator.
 */
public final class DescribeSensor implements SosHandler {
    private final Supplier<EntityStore> store;

    public DescribeSensor(Supplier<EntityStore> store) {
        this.store = store;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        String procedure = r.params().required("procedure");
        String format = r.params().required("procedureDescriptionFormat");
        if (!SensorMlWriter.FORMAT.equals(format)) {
            throw SosException.invalid("procedureDescriptionFormat", "procedures are described in "
                    + SensorMlWriter.FORMAT + ", not '" + format + "'");
        }
        Offering o = Catalogue.read(store.get()).byProcedure(procedure).orElseThrow(() ->
                SosException.invalid("procedure", "no procedure '" + procedure + "' is offered by this service"));
        return SosResponse.ok(xml -> {
            xml.start("swes:DescribeSensorResponse")
                    .element("swes:procedureDescriptionFormat", SensorMlWriter.FORMAT)
                    .start("swes:description").start("swes:SensorDescription").start("swes:data");
            SensorMlWriter.write(xml, o);
            xml.end().end().end().end();
        });
    }
}
