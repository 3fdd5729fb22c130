package eu.emso.dmp.server.ogcapi;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One request to the OGC API face, free of the HTTP framework.
 *
 * @param root   the URL of the landing page, without trailing slash, e.g. {@code http://host/ogcapi}
 * @param params the decoded query parameters
 * @param accept the {@code Accept} header, or null
 */
public record OgcRequest(String root, Map<String, List<String>> params, String accept) {

    public OgcRequest {
        params = Map.copyOf(params);
    }

    /** The single value of parameter {@code name}, or null; 400 when it is given twice. */
    public String param(String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw OgcApiException.invalidParameter(name, "given " + v.size() + " times");
        }
        return v.get(0);
    }

    /** The format to answer in, among {@code offered}. */
    public MediaFormat format(List<MediaFormat> offered) {
        return MediaFormat.choose(param("f"), accept, offered);
    }

    /** 400 when a parameter is not one of {@code known} (OGC 17-069r4, /req/core/query-param-unknown). */
    public void onlyKnown(Set<String> known) {
        for (String p : params.keySet()) {
            if (!known.contains(p)) {
                throw new OgcApiException(400, "InvalidParameterValue", "unknown query parameter '" + p
                        + "'; known here: " + new java.util.TreeSet<>(known));
            }
        }
    }
}
