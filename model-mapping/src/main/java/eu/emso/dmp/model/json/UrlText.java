package eu.emso.dmp.model.json;

import eu.emso.dmp.model.query.Exprs;
import eu.emso.dmp.model.query.QueryOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Query options as URL query text, percent-encoded, for next links of expanded collections. */
final class UrlText {
    private UrlText() {
    }

    static String of(QueryOptions o) {
        StringJoiner out = new StringJoiner("&");
        Exprs.options(o).forEach((name, text) -> out.add(name + "="
                + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20")));
        return out.toString();
    }
}
