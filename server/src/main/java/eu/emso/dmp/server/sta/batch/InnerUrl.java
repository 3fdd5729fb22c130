package eu.emso.dmp.server.sta.batch;

import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The URL of a request inside a batch, resolved against the service root: relative
 * ({@code Things(1)?$expand=Locations}), an absolute path ({@code /v1.1/Things}) or an absolute
 * URL. The result is the resource path below the version root and the decoded query parameters.
 *
 * @param path   the resource path, empty for the service root itself
 * @param params decoded query parameters
 */
record InnerUrl(String path, Map<String, List<String>> params) {

    InnerUrl {
        params = Map.copyOf(params);
    }

    static InnerUrl parse(String url, Version v) {
        String rest = url;
        if (url.startsWith("/") || url.matches("(?i)^https?://.*")) {
            String marker = "/" + v.path();
            int at = url.indexOf(marker + "/");
            if (at < 0 && url.endsWith(marker)) {
                at = url.length() - marker.length();
            }
            if (at < 0) {
                throw new BadRequest("the URL '" + url + "' is not below the " + v.path() + " service root");
            }
            rest = url.substring(Math.min(url.length(), at + marker.length() + 1));
        }
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        return new InnerUrl(decode(path), q < 0 ? Map.of() : query(rest.substring(q + 1)));
    }

    private static Map<String, List<String>> query(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("the URL part '" + s + "' is not validly percent-encoded");
        }
    }
}
