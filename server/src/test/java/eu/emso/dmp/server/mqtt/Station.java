package eu.emso.dmp.server.mqtt;

import java.io.IOException;

/**
 * The OBSEA fixture of the tests: a Thing with a Location and one temperature Datastream (CTD
 * SBE37 37-14998), created over HTTP. The Location gives Observations their FeatureOfInterest.
 *
 * @param thing      the Thing id
 * @param datastream the Datastream id
 */
record Station(long thing, long datastream) {

    static Station create(TestServer s, String name) throws IOException, InterruptedException {
        long thing = s.create("Things", """
                {"name": "%s", "description": "EMSO test site",
                 "Locations": [{"name": "OBSEA", "description": "seafloor, 20 m", "encodingType": "application/geo+json",
                                "location": {"type": "Point", "coordinates": [1.7527, 41.1819]}}],
                 "Datastreams": [{"name": "TEMP %s", "description": "sea water temperature",
                   "unitOfMeasurement": {"name": "degree Celsius", "symbol": "degC",
                                         "definition": "http://vocab.nerc.ac.uk/collection/P06/current/UPAA/"},
                   "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
                   "Sensor": {"name": "SBE37 37-14998", "description": "CTD", "encodingType": "text/html",
                              "metadata": "https://www.seabird.com"},
                   "ObservedProperty": {"name": "TEMP", "definition": "http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/",
                                        "description": "sea water temperature"}}]}
                """.formatted(name, name));
        long ds = s.get("Things(" + thing + ")/Datastreams").get("value").get(0).get("@iot.id").asLong();
        return new Station(thing, ds);
    }

    /** An Observation JSON at {@code time} with {@code result}. */
    static String observation(String time, double result) {
        return "{\"phenomenonTime\": \"" + time + "\", \"result\": " + result + "}";
    }
}
