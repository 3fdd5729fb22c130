package eu.emso.dmp.server.federation.sta;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.federation.RemoteException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * GETs of JSON documents from one SensorThings service, each with a timeout; whatever is not a
 * 200 with a JSON object becomes a {@link RemoteException}. Links the remote gives (nextLinks)
 * are taken onto the configured service root, so a remote that names itself by another host name
 * (a proxy, a container's name) is still reached where it was configured. Thread-safe.
 */
final class StaClient {
    private final URI root;
    private final HttpClient http;
    private final Duration timeout;

    StaClient(URI root, HttpClient http, Duration timeout) {
        String r = root.toString();
        this.root = URI.create(r.endsWith("/") ? r.substring(0, r.length() - 1) : r);
        this.http = http;
        this.timeout = timeout;
    }

    /** The document at {@code pathAndQuery} below the service root (already encoded). */
    JsonNode get(String pathAndQuery) throws RemoteException {
        return fetch(URI.create(root + pathAndQuery));
    }

    /** The document a nextLink of the remote points to. */
    JsonNode follow(String link) throws RemoteException {
        return fetch(onRoot(link));
    }

    /**
     * The link moved onto the configured root: the part after the remote's service root path
     * (e.g. {@code /FROST-Server/v1.1}) is appended to the configured root; a link not under it is
     * taken as given.
     */
    URI onRoot(String link) {
        if (link.startsWith(root.toString())) {
            return URI.create(link);
        }
        URI l = URI.create(link);
        String path = l.getRawPath() == null ? "" : l.getRawPath();
        String query = l.getRawQuery() == null ? "" : "?" + l.getRawQuery();
        String rootPath = root.getRawPath() == null ? "" : root.getRawPath();
        int at = rootPath.isEmpty() ? -1 : path.indexOf(rootPath + "/");
        if (at >= 0) {
            return URI.create(root + path.substring(at + rootPath.length()) + query);
        }
        String version = "/" + rootPath.substring(rootPath.lastIndexOf('/') + 1) + "/";
        at = version.length() > 2 ? path.indexOf(version) : -1;
        if (at >= 0) {
            return URI.create(root + path.substring(at + version.length() - 1) + query);
        }
        return l.isAbsolute() ? l : URI.create(root + link);
    }

    private JsonNode fetch(URI uri) throws RemoteException {
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new RemoteException("no answer within " + timeout.toSeconds() + " s from " + uri, true, e);
        } catch (IOException e) {
            throw new RemoteException("cannot read " + uri + ": " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException("interrupted while reading " + uri, true, e);
        }
        int status = r.statusCode();
        if (status != 200) {
            boolean retry = status >= 500 || status == 429 || status == 408;
            throw new RemoteException("HTTP " + status + " from " + uri + ": " + excerpt(r.body()), retry);
        }
        try {
            JsonNode doc = Json.mapper().readTree(r.body());
            if (doc == null || !doc.isObject()) {
                throw new IOException("not a JSON object");
            }
            return doc;
        } catch (IOException e) {
            throw new RemoteException("the answer of " + uri + " is not a SensorThings JSON document ("
                    + e.getMessage().lines().findFirst().orElse("") + "): " + excerpt(r.body()), true, e);
        }
    }

    private static String excerpt(String body) {
        String b = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return b.length() > 200 ? b.substring(0, 200) + "..." : b;
    }
}
