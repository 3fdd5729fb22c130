package eu.emso.dmp.server.federation.erddap;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Builds the URLs of ERDDAP requests: {@code info/{datasetID}/index.{ext}} and
 * {@code tabledap/{datasetID}.{ext}?var1,var2&constraint&...}, with the query percent-encoded
 * as ERDDAP asks (everything but letters, digits and {@code _-!.~'()*,=} encoded). Immutable.
 */
record ErddapQuery(String root, String dataset, String ext) {

    ErddapQuery {
        root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    URI info() {
        return URI.create(root + "/info/" + encode(dataset) + "/index." + ext);
    }

    URI table(List<String> columns, List<String> constraints) {
        StringBuilder q = new StringBuilder(String.join(",", columns.stream().map(ErddapQuery::encode).toList()));
        for (String c : constraints) {
            q.append('&').append(encode(c));
        }
        return URI.create(root + "/tabledap/" + encode(dataset) + "." + ext + "?" + q);
    }

    /** A constraint {@code var op time} with the time in ISO 8601 as ERDDAP reads it. */
    static String time(String op, Instant t) {
        return "time" + op + t;
    }

    /** A constraint {@code var="text"}, or {@code var=number} for numbers. */
    static String equal(String var, String value, boolean text) {
        return var + "=" + (text ? "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : value);
    }

    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "_-!.~'()*,=".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
