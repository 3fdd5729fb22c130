package eu.emso.dmp.server.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.ObservationDecoder;
import eu.emso.dmp.model.store.ObservationRow;

/**
 * A remote observation as the write path takes it, decoded like a POST to Observations. The
 * source's flag is kept beside ours: a JSON document (a SensorThings {@code resultQuality}) as the
 * observation's sent {@code resultQuality}, which quality control keeps as
 * {@code resultQuality.source_quality}; a single flag as {@code parameters.source_qc} (with
 * {@code source_qc_scheme} from the series' property {@code source_qc_scheme} where the reader
 * gives one), kept as {@code resultQuality.source_qc}. Stateless.
 */
final class Observations {
    private Observations() {
    }

    static ObservationRow row(long datastream, long feature, RemoteSeries series, RemoteObservation o) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("phenomenonTime", o.phenomenonEnd() == null || o.phenomenonEnd().equals(o.phenomenonStart())
                ? o.phenomenonStart().toString() : o.phenomenonStart() + "/" + o.phenomenonEnd());
        if (o.resultTime() != null) {
            n.put("resultTime", o.resultTime().toString());
        }
        n.set("result", Json.mapper().valueToTree(o.result()));
        String flag = o.remoteFlag();
        if (flag != null && (flag.startsWith("{") || flag.startsWith("["))) {
            n.set("resultQuality", parse(flag));
        } else if (flag != null) {
            ObjectNode p = n.putObject("parameters");
            p.put("source_qc", flag);
            Object scheme = series.properties() == null ? null : series.properties().get("source_qc_scheme");
            if (scheme != null) {
                p.put("source_qc_scheme", scheme.toString());
            }
        }
        return ObservationDecoder.decode(datastream, feature, n);
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            return Json.mapper().getNodeFactory().textNode(json);
        }
    }
}
