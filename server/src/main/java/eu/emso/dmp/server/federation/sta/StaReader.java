package eu.emso.dmp.server.federation.sta;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.federation.RemoteException;
import eu.emso.dmp.server.federation.RemoteObservation;
import eu.emso.dmp.server.federation.RemotePage;
import eu.emso.dmp.server.federation.RemotePlatform;
import eu.emso.dmp.server.federation.RemoteReader;
import eu.emso.dmp.server.federation.RemoteSensor;
import eu.emso.dmp.server.federation.RemoteSeries;
import eu.emso.dmp.server.federation.RemoteUnit;
import eu.emso.dmp.server.federation.RemoteVariable;
import eu.emso.dmp.server.federation.SourceSpec;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a SensorThings API 1.0 or 1.1 service (FROST-Server, this server, others): its
 * Datastreams, optionally restricted by the source's {@code $filter}, with Thing, Locations,
 * Sensor and ObservedProperty expanded, and their Observations oldest first
 * ({@code $filter=phenomenonTime ge T&$orderby=phenomenonTime asc&$top=N}). Pages of the remote
 * are followed by their {@code @iot.nextLink}: a call that continues from the last time of the
 * previous page of the same series follows that page's nextLink instead of asking anew.
 * MultiDatastreams are not read. Not thread-safe (it keeps the cursor of the last page).
 */
public final class StaReader implements RemoteReader {
    private static final String EXPAND = "$expand=" + enc("Thing($expand=Locations),Sensor,ObservedProperty");
    private static final int SERIES_PAGE = 100;
    private final SourceSpec spec;
    private final StaClient client;
    /** Remote series id → its Datastream's path segment, e.g. {@code Datastreams(5)} or {@code Datastreams('a')}. */
    private final Map<String, String> paths = new HashMap<>();
    private Cursor cursor;

    private record Cursor(String series, Instant last, String next) {
    }

    public StaReader(SourceSpec spec, HttpClient http, Duration timeout) {
        this.spec = spec;
        this.client = new StaClient(spec.url(), http, timeout);
    }

    @Override
    public List<RemoteSeries> series() throws RemoteException {
        String query = "/Datastreams?" + EXPAND + "&$top=" + SERIES_PAGE
                + (spec.filter() == null || spec.filter().isBlank() ? "" : "&$filter=" + enc(spec.filter()));
        List<RemoteSeries> out = new ArrayList<>();
        JsonNode page = client.get(query);
        while (true) {
            for (JsonNode d : values(page)) {
                out.add(series(d));
            }
            String next = page.path("@iot.nextLink").asText(null);
            if (next == null) {
                return out;
            }
            page = client.follow(next);
        }
    }

    @Override
    public RemotePage observations(RemoteSeries series, Instant from, int max) throws RemoteException {
        JsonNode page;
        if (cursor != null && cursor.series.equals(series.remoteId()) && cursor.next != null && from != null
                && from.equals(cursor.last)) {
            page = client.follow(cursor.next);
        } else {
            String path = paths.getOrDefault(series.remoteId(), "Datastreams(" + key(series.remoteId()) + ")");
            page = client.get("/" + path + "/Observations?$orderby=" + enc("phenomenonTime asc") + "&$top=" + max
                    + (from == null ? "" : "&$filter=" + enc("phenomenonTime ge " + from)));
        }
        List<RemoteObservation> obs = new ArrayList<>();
        for (JsonNode o : values(page)) {
            obs.add(observation(o));
        }
        String next = page.path("@iot.nextLink").asText(null);
        cursor = obs.isEmpty() ? null : new Cursor(series.remoteId(), obs.get(obs.size() - 1).phenomenonStart(), next);
        return new RemotePage(obs, next != null && !obs.isEmpty());
    }

    private static List<JsonNode> values(JsonNode page) throws RemoteException {
        JsonNode v = page.get("value");
        if (v == null || !v.isArray()) {
            throw new RemoteException("the remote's answer has no 'value' array: not a SensorThings collection", true);
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    private RemoteSeries series(JsonNode d) throws RemoteException {
        String id = id(d);
        paths.put(id, "Datastreams(" + (d.get("@iot.id").isNumber() ? id : "'" + id.replace("'", "''") + "'") + ")");
        JsonNode thing = d.path("Thing");
        JsonNode sensor = d.path("Sensor");
        JsonNode property = d.path("ObservedProperty");
        if (!thing.isObject() || !sensor.isObject() || !property.isObject()) {
            throw new RemoteException("Datastream " + id + " of the remote came without its Thing, Sensor or "
                    + "ObservedProperty ($expand not supported?)", false);
        }
        double[] lonLat = position(thing.path("Locations"));
        RemotePlatform platform = new RemotePlatform(id(thing), text(thing, "name"), text(thing, "description"),
                lonLat == null ? null : lonLat[1], lonLat == null ? null : lonLat[0], map(thing.get("properties")));
        RemoteSensor s = new RemoteSensor(id(sensor), text(sensor, "name"), text(sensor, "description"),
                text(sensor, "encodingType"), sensor.path("metadata").isTextual() ? sensor.get("metadata").asText()
                : sensor.hasNonNull("metadata") ? sensor.get("metadata").toString() : null, map(sensor.get("properties")));
        RemoteVariable v = new RemoteVariable(id(property), text(property, "name"), text(property, "definition"),
                text(property, "description"), map(property.get("properties")));
        JsonNode u = d.path("unitOfMeasurement");
        RemoteUnit unit = new RemoteUnit(text(u, "name"), text(u, "symbol"), text(u, "definition"));
        return new RemoteSeries(id, text(d, "name"), text(d, "description"), platform, s, v, unit,
                text(d, "observationType"), map(d.get("properties")));
    }

    private static RemoteObservation observation(JsonNode o) throws RemoteException {
        String[] time = o.path("phenomenonTime").asText("").split("/");
        if (time[0].isEmpty()) {
            throw new RemoteException("an Observation of the remote has no phenomenonTime: " + o, true);
        }
        Instant start = instant(time[0]);
        Instant end = time.length > 1 ? instant(time[1]) : null;
        Instant result = o.hasNonNull("resultTime") ? instant(o.get("resultTime").asText()) : null;
        JsonNode q = o.get("resultQuality");
        String flag = q == null || q.isNull() ? null : q.isValueNode() ? q.asText() : q.toString();
        return new RemoteObservation(id(o), start, end, result, value(o.get("result")), flag, null, null);
    }

    private static Object value(JsonNode result) throws RemoteException {
        try {
            return result == null || result.isNull() ? null : Json.mapper().treeToValue(result, Object.class);
        } catch (java.io.IOException e) {
            throw new RemoteException("an Observation result of the remote cannot be read: " + result, true, e);
        }
    }

    private static Instant instant(String text) throws RemoteException {
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.DateTimeException e) {
            throw new RemoteException("not an ISO 8601 time from the remote: " + text, true, e);
        }
    }

    /** [longitude, latitude] of the first Location that is a GeoJSON Point (or a Feature of one). */
    private static double[] position(JsonNode locations) {
        for (JsonNode l : locations) {
            JsonNode g = l.path("location");
            if ("Feature".equals(g.path("type").asText())) {
                g = g.path("geometry");
            }
            JsonNode c = g.path("coordinates");
            if ("Point".equals(g.path("type").asText()) && c.size() >= 2 && c.get(0).isNumber() && c.get(1).isNumber()) {
                return new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
            }
        }
        return null;
    }

    private static String id(JsonNode entity) throws RemoteException {
        JsonNode id = entity.get("@iot.id");
        if (id == null || id.isNull() || id.isContainerNode()) {
            throw new RemoteException("an entity of the remote has no @iot.id: " + entity, true);
        }
        return id.asText();
    }

    private static String key(String id) {
        return id.matches("-?\\d+") ? id : "'" + id.replace("'", "''") + "'";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(JsonNode n) {
        return n == null || !n.isObject() ? Map.of() : Json.mapper().convertValue(n, LinkedHashMap.class);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
