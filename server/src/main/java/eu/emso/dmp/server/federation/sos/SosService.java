package eu.emso.dmp.server.federation.sos;

import eu.emso.dmp.server.federation.RemoteException;
import eu.emso.dmp.server.federation.source.Fetch;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;

/**
 * KVP requests to one SOS 2.0 endpoint ({@code ?service=SOS&version=2.0.0&request=...}) and their
 * XML answers. An OWS {@code ExceptionReport} is an error: not retryable (the request is wrong
 * for this service) unless its code is {@code NoApplicableCode} with a 5xx status; answers that
 * do not parse (cut off) are retryable. Thread safe.
 */
final class SosService {
    private final Fetch fetch;
    private final String endpoint;

    SosService(Fetch fetch, URI endpoint) {
        this.fetch = fetch;
        String e = endpoint.toString();
        int q = e.indexOf('?');
        this.endpoint = q < 0 ? e : e.substring(0, q);
    }

    String endpoint() {
        return endpoint;
    }

    /** The request's whole answer as a tree (for the small documents: capabilities, features, sensors). */
    XmlNode get(String request, Map<String, String> params) throws RemoteException {
        XmlNode[] root = new XmlNode[1];
        stream(request, params, null, n -> root[0] = n);
        return root[0];
    }

    /** Streams the answer, handing each {@code element} subtree to {@code each}; returns the root's name. */
    String stream(String request, Map<String, String> params, String element, Consumer<XmlNode> each)
            throws RemoteException {
        URI uri = uri(request, params);
        Fetch.Response r = fetch.get(uri, "application/xml");
        if (r.status() >= 500) {
            throw r.error();
        }
        if (r.body() != null && r.body().contains("ExceptionReport")) {
            XmlNode report = parseQuietly(r.body());
            if (report != null && report.name.equals("ExceptionReport")) {
                XmlNode ex = report.find("Exception");
                String code = ex == null ? "" : String.valueOf(ex.attr("exceptionCode"));
                String text = report.findText("ExceptionText");
                throw new RemoteException(request + " of " + endpoint + " failed: " + code
                        + (ex != null && ex.attr("locator") != null ? " (" + ex.attr("locator") + ")" : "")
                        + (text == null ? "" : ": " + text), false);
            }
        }
        if (!r.ok()) {
            throw r.error();
        }
        try {
            if (element == null) {
                XmlNode root = XmlNode.parse(r.body());
                each.accept(root);
                return root.name;
            }
            return XmlNode.stream(r.body(), element, each);
        } catch (XMLStreamException | RuntimeException e) {
            throw new RemoteException(uri + " answered XML that does not parse (cut off?): " + e.getMessage(), true, e);
        }
    }

    private static XmlNode parseQuietly(String xml) {
        try {
            return XmlNode.parse(xml);
        } catch (XMLStreamException e) {
            return null;
        }
    }

    URI uri(String request, Map<String, String> params) {
        StringBuilder q = new StringBuilder(endpoint).append("?service=SOS&version=2.0.0&request=").append(request);
        params.forEach((k, v) -> q.append('&').append(k).append('=').append(encode(v)));
        return URI.create(q.toString());
    }

    private static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-_.~,:/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** An ISO 8601 time as GML writes it (with an offset, or {@code Z}), or null. */
    static Instant time(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s.strip());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
