package eu.emso.dmp.server.sos.result;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Features;
import eu.emso.dmp.server.sos.Pages;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import eu.emso.dmp.server.sos.core.ObservationQuery;
import eu.emso.dmp.server.sos.core.ObservationWriter;
import eu.emso.dmp.server.sos.core.TemporalFilter;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * GetResult (OGC 12-006 clause 11.4, {@code /conf/resultRetrieval}): the results of an offering
 * and observed property as one text in {@code sos:resultValues}, encoded as GetResultTemplate
 * describes, with the filters of GetObservation (featureOfInterest, temporalFilter,
 * spatialFilter) compiled onto the same query; streamed page by page.
 */
public final class GetResult implements SosHandler {
    private static final ResourcePath OBSERVATIONS = ResourcePathParser.parse("Observations");
    private final Supplier<EntityStore> store;

    public GetResult(Supplier<EntityStore> store) {
        this.store = store;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        EntityStore s = store.get();
        Catalogue c = Catalogue.read(s);
        ResultTemplate t = Templates.forRequest(s, c, r.params()).template();
        ObservationQuery q = ObservationQuery.compile(r.params(), c, new Features(s));
        List<Long> ids = q.datastreams().stream().map(m -> m.series().datastreamId()).toList();
        String extreme = q.temporal().map(TemporalFilter::extreme).orElse(null);
        return SosResponse.ok(xml -> {
            xml.start("sos:GetResultResponse").start("sos:resultValues");
            boolean[] first = {true};
            Pages.RowWriter block = o -> {
                xml.text((first[0] ? "" : t.block()) + block(t, o));
                first[0] = false;
            };
            if (extreme == null) {
                Pages.write(s, OBSERVATIONS, q.options(ids, false, OptionalInt.empty()), block);
            } else {
                for (EntityRow o : s.readCollection(Version.V11, OBSERVATIONS,
                        q.options(ids, extreme.equals("latest"), OptionalInt.of(1))).rows()) {
                    block.write(o);
                }
            }
            xml.end().end();
        });
    }

    private static String block(ResultTemplate t, EntityRow o) {
        java.util.StringJoiner b = new java.util.StringJoiner(t.token());
        for (ResultTemplate.Field f : t.fields()) {
            b.add(switch (f.kind()) {
                case PHENOMENON_TIME -> time(o.values().get("phenomenonTime"));
                case RESULT_TIME -> time(o.values().get("resultTime"));
                case VALUE -> {
                    String v = ObservationWriter.Result.of(o.values().get("result")).text();
                    yield t.decimal().equals(".") ? v : v.replace(".", t.decimal());
                }
                case IGNORED -> "";
            });
        }
        return b.toString();
    }

    private static String time(Object v) {
        return v instanceof TimeValue t ? (t.isInterval() && !t.end().equals(t.start())
                ? t.start() + "/" + t.end() : t.start().toString()) : "";
    }
}
