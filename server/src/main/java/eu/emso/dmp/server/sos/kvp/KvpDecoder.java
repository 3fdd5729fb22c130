package eu.emso.dmp.server.sos.kvp;

import eu.emso.dmp.server.sos.Operation;
import eu.emso.dmp.server.sos.OwsCode;
import eu.emso.dmp.server.sos.Params;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.SosRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decodes a KVP request (OGC 12-006 clause D.2): parameter names without regard to case, list
 * values split at commas, except the filters, whose commas separate their own parts. Stateless.
 */
public final class KvpDecoder {
    private static final Set<String> WHOLE = Set.of("temporalfilter", "spatialfilter", "namespaces");

    private KvpDecoder() {
    }

    /** The request of these query parameters (already percent-decoded). */
    public static SosRequest decode(Map<String, List<String>> query, String serviceUrl) {
        Map<String, List<String>> split = new LinkedHashMap<>();
        query.forEach((k, values) -> {
            List<String> out = split.computeIfAbsent(k, x -> new ArrayList<>());
            for (String v : values) {
                if (WHOLE.contains(k.toLowerCase(Locale.ROOT))) {
                    out.add(v);
                } else {
                    out.addAll(List.of(v.split(",", -1)));
                }
            }
        });
        Params params = new Params(split);
        String name = params.optional("request").orElseThrow(() -> SosException.missing("request"));
        Operation op = Operation.named(name).orElseThrow(() -> new SosException(OwsCode.OPERATION_NOT_SUPPORTED,
                name, "the operation '" + name + "' is not supported"));
        return new SosRequest(op, params, null, serviceUrl);
    }
}
