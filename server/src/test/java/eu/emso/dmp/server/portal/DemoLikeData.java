package eu.emso.dmp.server.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Four platforms like the EMSO ones, written through SensorThings: Alpha (OBSEA) with a
 * temperature whose quality control fails values above 30 and finds those above 25 suspect, and a
 * salinity; Beta (Ligurian Sea) with a pressure in June 2013; Gamma and Delta, a few hundred metres apart off
 * Catania, with oxygen in 2020. Alpha's temperature has {@value #ALPHA_COUNT} values, 10 minutes
 * apart from {@link #START}, every 50th bad (45 °C) and every 37th suspect (27 °C).
 */
final class DemoLikeData {
    static final Instant START = Instant.parse("2014-02-01T00:00:00Z");
    static final int ALPHA_COUNT = 600;
    static final int THINGS = 4;
    long alphaThing;
    long alphaTemperature;
    long alphaSalinity;

    static DemoLikeData load(PortalServer s) {
        DemoLikeData d = new DemoLikeData();
        String qc = "{\"quality_control\":{\"qartod\":{\"gross_range_test\":"
                + "{\"suspect_span\":[5,25],\"fail_span\":[0,30]}}}}";
        d.alphaThing = thing(s, "Buoy Alpha", "OBSEA", 1.7527, 41.1819,
                stream("Alpha temperature", "TEMP", "degC", qc), stream("Alpha salinity", "PSAL", "PSU", "{}"));
        List<Long> alpha = streams(s, d.alphaThing);
        d.alphaTemperature = alpha.get(0);
        d.alphaSalinity = alpha.get(1);
        observe(s, d.alphaTemperature, START, 600, ALPHA_COUNT, i -> i % 50 == 49 ? 45 : i % 37 == 36 ? 27
                : 15 + 5 * Math.sin(i / 20.0));
        observe(s, d.alphaSalinity, START, 600, ALPHA_COUNT, i -> 38 + 0.1 * Math.cos(i / 30.0));
        long beta = thing(s, "Buoy Beta", "Ligurian Sea", 6.0, 43.0, stream("Beta pressure", "PRES", "dbar", "{}"));
        observe(s, streams(s, beta).get(0), Instant.parse("2013-06-01T00:00:00Z"), 3600, 100, i -> 10 + i % 3);
        Instant y2020 = Instant.parse("2020-06-01T00:00:00Z");
        for (String[] g : new String[][] {{"Station Gamma", "15.10"}, {"Station Delta", "15.104"}}) {
            long t = thing(s, g[0], "Catania", Double.parseDouble(g[1]), 37.5, stream(g[0] + " oxygen", "DOX", "umol/kg", "{}"));
            observe(s, streams(s, t).get(0), y2020, 3600, 50, i -> 220 + i);
        }
        return d;
    }

    private static String stream(String name, String variable, String unit, String properties) {
        return String.format(Locale.ROOT, "{\"name\":\"%s\",\"description\":\"%s\",\"observationType\":"
                + "\"http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement\","
                + "\"unitOfMeasurement\":{\"name\":\"%s\",\"symbol\":\"%s\",\"definition\":\"http://vocab.nerc.ac.uk/collection/P06/current/%s/\"},"
                + "\"properties\":%s,"
                + "\"ObservedProperty\":{\"name\":\"%s\",\"description\":\"%s\",\"definition\":\"http://vocab.nerc.ac.uk/collection/P02/current/%s/\"},"
                + "\"Sensor\":{\"name\":\"%s sensor\",\"description\":\"a sensor\",\"encodingType\":\"application/pdf\",\"metadata\":\"http://example.org/%s.pdf\"}}",
                name, name, unit, unit, variable, properties, variable, variable, variable, name, variable);
    }

    private static long thing(PortalServer s, String name, String site, double lon, double lat, String... streams) {
        String body = String.format(Locale.ROOT, "{\"name\":\"%s\",\"description\":\"%s platform\","
                + "\"Locations\":[{\"name\":\"%s\",\"description\":\"%s site\",\"encodingType\":\"application/geo+json\","
                + "\"location\":{\"type\":\"Point\",\"coordinates\":[%s,%s]}}],\"Datastreams\":[%s]}",
                name, name, site, site, lon, lat, String.join(",", streams));
        String loc = s.post("Things", body).headers().firstValue("Location").orElseThrow();
        return Long.parseLong(loc.replaceAll(".*\\((\\d+)\\)$", "$1"));
    }

    private static List<Long> streams(PortalServer s, long thing) {
        List<Long> ids = new ArrayList<>();
        s.json("/v1.1/Things(" + thing + ")/Datastreams?$orderby=id&$select=id").path("value")
                .forEach(d -> ids.add(d.path("@iot.id").asLong()));
        return ids;
    }

    interface Values {
        double at(int i);
    }

    private static void observe(PortalServer s, long stream, Instant start, int stepSeconds, int count, Values v) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[\"%s\",%.4f]",
                    start.plusSeconds((long) i * stepSeconds), v.at(i)));
        }
        s.post("CreateObservations", "[{\"Datastream\":{\"@iot.id\":" + stream + "},"
                + "\"components\":[\"phenomenonTime\",\"result\"],\"dataArray\":[" + rows + "]}]");
    }
}
