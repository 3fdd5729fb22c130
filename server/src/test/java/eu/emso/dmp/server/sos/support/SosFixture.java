package eu.emso.dmp.server.sos.support;

import eu.emso.dmp.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/**
 * A test server holding two instruments written through SensorThings: the OBSEA CTD
 * (procedure {@code 37-14998}, offering {@code SBE37_data}, TEMP 10 hourly values from
 * 2014-02-01T00:00Z and CNDC 5 values, at 41.1819 N 1.7527 E) and an optode far away
 * (procedure {@code 4831-606}, DOX2, 3 values, at 50 N 10 E). Close it to stop the server.
 */
public final class SosFixture implements AutoCloseable {
    public static final String TEMP = "http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/";
    public static final String CNDC = "http://vocab.nerc.ac.uk/collection/P01/current/CNDCZZ01/";
    public static final String DOX2 = "http://vocab.nerc.ac.uk/collection/P01/current/DOXMZZXX/";
    public static final Instant START = Instant.parse("2014-02-01T00:00:00Z");
    private final TestServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private SosFixture(TestServer server) {
        this.server = server;
    }

    /** A started server with the sample entities and observations. */
    public static SosFixture start() {
        SosFixture f = new SosFixture(TestServer.start(null));
        f.thing("EMSODEV-EGIM-node00001", 1.7527, 41.1819, "SBE37-SIP-P7000-RS232 37-14998",
                "{\"serial_number\": \"37-14998\", \"sos_offering\": \"SBE37_data\", \"model\": \"SBE37-SIP-P7000-RS232\"}",
                "OBSEA sampling point", datastream("TEMP", TEMP, "degC", 10, 13.0) + "\n"
                        + datastream("CNDC", CNDC, "S/m", 5, 4.2));
        f.thing("Far buoy", 10.0, 50.0, "AADI-3005214831 DW4831", "{\"serial_number\": \"4831-606\"}",
                "Far sampling point", datastream("DOX2", DOX2, "umol/L", 3, 220.0));
        return f;
    }

    /** {@code s} as a URL query value. */
    public static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public TestServer server() {
        return server;
    }

    public String serviceUrl() {
        return server.url() + "/sos/service";
    }

    /** {@code GET /sos/service?query}. */
    public HttpResponse<String> kvp(String query) {
        return send(HttpRequest.newBuilder(URI.create(serviceUrl() + "?" + query)).GET());
    }

    /** {@code POST /sos/service} with an XML body. */
    public HttpResponse<String> pox(String xml) {
        return send(HttpRequest.newBuilder(URI.create(serviceUrl())).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml)));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void thing(String name, double lon, double lat, String sensor, String sensorProps, String foi,
                       String datastreams) {
        String point = "{\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat + "]}";
        long sensorId = create("Sensors", ("{\"name\": \"%s\", \"description\": \"instrument\", "
                + "\"encodingType\": \"text/plain\", \"metadata\": \"none\", \"properties\": %s}")
                .formatted(sensor, sensorProps));
        long foiId = create("FeaturesOfInterest", ("{\"name\": \"%s\", \"description\": \"sampling point\", "
                + "\"encodingType\": \"application/geo+json\", \"feature\": %s}").formatted(foi, point));
        long thingId = create("Things", ("{\"name\": \"%s\", \"description\": \"platform\", \"Locations\": "
                + "[{\"name\": \"%s\", \"description\": \"site\", \"encodingType\": \"application/geo+json\", "
                + "\"location\": %s}]}").formatted(name, name, point));
        for (String d : datastreams.split("\n")) {
            create("Datastreams", d.replace("@THING@", Long.toString(thingId)).replace("@SENSOR@", Long.toString(sensorId))
                    .replace("@FOI@", Long.toString(foiId)));
        }
    }

    /** POSTs an entity over SensorThings and returns its id. */
    public long create(String set, String body) {
        HttpResponse<String> r = server.send("POST", "/v1.1/" + set, body);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("cannot create in " + set + ": " + r.body());
        }
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('(') + 1, location.length() - 1));
    }

    private static String datastream(String code, String definition, String unit, int n, double base) {
        StringBuilder obs = new StringBuilder();
        for (int i = 0; i < n; i++) {
            obs.append(i == 0 ? "" : ",").append("{\"phenomenonTime\": \"").append(START.plusSeconds(3600L * i))
                    .append("\", \"result\": ").append(String.format(java.util.Locale.ROOT, "%.1f", base + i / 10.0))
                    .append(", \"FeatureOfInterest\": {\"@iot.id\": @FOI@}}");
        }
        return ("{\"name\": \"%s\", \"description\": \"%s series\", \"observationType\": "
                + "\"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement\", "
                + "\"unitOfMeasurement\": {\"name\": \"%s\", \"symbol\": \"%s\", \"definition\": \"\"}, "
                + "\"Thing\": {\"@iot.id\": @THING@}, \"Sensor\": {\"@iot.id\": @SENSOR@}, "
                + "\"ObservedProperty\": {\"name\": \"%s\", \"definition\": \"%s\", \"description\": \"%s\"}, "
                + "\"Observations\": [%s]}").formatted(code, code, unit, unit, code, definition, code, obs);
    }

    @Override
    public void close() {
        server.close();
    }
}
