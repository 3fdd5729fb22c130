package eu.emso.dmp.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates the Things, Locations, Sensors, ObservedProperties, Datastreams and FeaturesOfInterest
 * of a {@link DataSet} on one server through plain SensorThings POSTs (deep insert of each
 * Datastream into its Thing), identically for every peer. Stateless.
 */
public final class MetadataLoader {
    private static final String MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";

    private MetadataLoader() {
    }

    /** Creates everything and returns the ids the server assigned. */
    public static Catalogue load(StaClient sta, DataSet data) throws IOException, InterruptedException {
        List<Long> things = new ArrayList<>();
        List<Long> features = new ArrayList<>();
        List<Long> streams = new ArrayList<>();
        for (int t = 0; t < data.size().things(); t++) {
            DataSet.Site site = data.site(t);
            long thing = sta.create("/Things", thingJson(t, site));
            things.add(thing);
            features.add(sta.create("/FeaturesOfInterest", featureJson(site)));
            for (DataSet.Stream s : data.streams()) {
                if (s.thing() == t) {
                    streams.add(sta.create("/Datastreams", datastreamJson(thing, site, s.variable(), s.intervalSeconds())));
                }
            }
        }
        DataSet.Variable temp = data.streams().get(0).variable();
        long post = sta.create("/Datastreams", datastreamJson(things.get(0), data.site(0), temp, 0));
        return new Catalogue(things, features, streams, post);
    }

    private static String thingJson(int t, DataSet.Site site) {
        return String.format(Locale.ROOT, """
                {"name":"%s","description":"EMSO node %d","properties":{"site":"%s"},
                 "Locations":[{"name":"%s","description":"deployment position","encodingType":"application/geo+json",
                   "location":{"type":"Point","coordinates":[%.4f,%.4f]}}]}""",
                site.name(), t, site.name(), site.name(), site.lon(), site.lat());
    }

    private static String featureJson(DataSet.Site site) {
        return String.format(Locale.ROOT, """
                {"name":"%s","description":"sampling point","encodingType":"application/geo+json",
                 "feature":{"type":"Point","coordinates":[%.4f,%.4f]}}""", site.name(), site.lon(), site.lat());
    }

    private static String datastreamJson(long thing, DataSet.Site site, DataSet.Variable v, int interval) {
        String what = interval == 0 ? "write scenarios" : "every " + interval + " s";
        return String.format(Locale.ROOT, """
                {"name":"%s %s","description":"%s %s","observationType":"%s",
                 "unitOfMeasurement":{"name":"%s","symbol":"%s","definition":"http://vocab.nerc.ac.uk/collection/P06/current/"},
                 "Thing":{"@iot.id":%d},
                 "Sensor":{"name":"%s sensor at %s","description":"instrument","encodingType":"text/html","metadata":"https://emso.eu"},
                 "ObservedProperty":{"name":"%s","definition":"https://vocab.nerc.ac.uk/standard_name/%s/","description":"%s"}}""",
                site.name(), v.code(), v.code(), what, MEASUREMENT, v.unit(), v.unit(), thing, v.code(), site.name(),
                v.code(), v.standardName(), v.standardName());
    }
}
