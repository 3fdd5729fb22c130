package eu.emso.dmp.server.sta.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Builds {@code @iot.nextLink} URLs: the request again, with the next page's $top and $skip. */
final class Links {
    private Links() {
    }

    /** The next page by keyset token (when {@code token} is not null) or by $skip. */
    static String next(String root, String path, Map<String, List<String>> params, int top, long skip,
                       String token) {
        StringJoiner q = new StringJoiner("&");
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            String k = e.getKey();
            if (k.equals("$top") || k.equals("$skip") || k.equals("$skiptoken")) {
                continue;
            }
            for (String v : e.getValue()) {
                q.add(encode(k) + "=" + encode(v));
            }
        }
        q.add("$top=" + top);
        q.add(token != null ? "$skiptoken=" + token : "$skip=" + skip);
        return root + "/" + path + "?" + q;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%24", "$")
                .replace("%2F", "/").replace("%28", "(").replace("%29", ")").replace("%2C", ",")
                .replace("%27", "'").replace("%3B", ";").replace("%3D", "=");
    }
}
