package eu.emso.dmp.server.sos.result;

import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import java.util.function.Supplier;

/**
 * GetResultTemplate (OGC 12-006 clause 11.3, {@code /conf/resultRetrieval}): the
 * {@code swe:DataRecord} and {@code swe:TextEncoding} in which GetResult answers for an offering
 * and observed property: the template inserted for its Datastream, else phenomenon time and
 * value with "," between tokens and "@@" between blocks.
 */
public final class GetResultTemplate implements SosHandler {
    private final Supplier<EntityStore> store;

    public GetResultTemplate(Supplier<EntityStore> store) {
        this.store = store;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        EntityStore s = store.get();
        Templates.Chosen chosen = Templates.forRequest(s, Catalogue.read(s), r.params());
        ResultTemplate t = chosen.template();
        String uom = chosen.datastream().series().uom();
        return SosResponse.ok(xml -> {
            xml.start("sos:GetResultTemplateResponse").start("sos:resultStructure");
            t.writeStructure(xml, uom);
            xml.end().start("sos:resultEncoding");
            t.writeEncoding(xml);
            xml.end().end();
        });
    }
}
