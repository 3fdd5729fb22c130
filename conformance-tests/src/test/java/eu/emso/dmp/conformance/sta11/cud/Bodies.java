package eu.emso.dmp.conformance.sta11.cud;

/** JSON request bodies of realistic EMSO entities for the write tests. Stateless and thread-safe. */
final class Bodies {
    static final String MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";

    private Bodies() {
    }

    static String sensor(String name) {
        return """
                {"name": "%s", "description": "%s", "encodingType": "application/pdf",
                 "metadata": "https://www.seabird.com/", "properties": {"L05": "130"}}""".formatted(name, name);
    }

    static String location(String name, double lon, double lat) {
        return """
                {"name": "%s", "description": "%s", "encodingType": "application/geo+json",
                 "location": {"type": "Point", "coordinates": [%s, %s]}}""".formatted(name, name, lon, lat);
    }

    static String observation(String time, String result) {
        return "{\"phenomenonTime\": \"" + time + "\", \"result\": " + result + "}";
    }

    static String datastream(String name, long thing, long sensor, long observedProperty) {
        return """
                {"name": "%s", "description": "%s", "observationType": "%s",
                 "unitOfMeasurement": {"name": "degree Celsius", "symbol": "degC",
                   "definition": "http://vocab.nerc.ac.uk/collection/P06/current/UPAA/"},
                 "Thing": {"@iot.id": %d}, "Sensor": {"@iot.id": %d}, "ObservedProperty": {"@iot.id": %d}}"""
                .formatted(name, name, MEASUREMENT, thing, sensor, observedProperty);
    }

    /** A Thing with one Location and one Datastream (new Sensor and ObservedProperty) with two Observations. */
    static String deepThing(String name, double lon, double lat, String property) {
        return """
                {"name": "%1$s", "description": "%1$s",
                 "Locations": [{"name": "%1$s site", "description": "deployment", "encodingType": "application/geo+json",
                   "location": {"type": "Point", "coordinates": [%2$s, %3$s]}}],
                 "Datastreams": [{"name": "%1$s %4$s", "description": "temperature", "observationType": "%5$s",
                   "unitOfMeasurement": {"name": "degree Celsius", "symbol": "degC", "definition": "degC"},
                   "Sensor": {"name": "SBE37 %4$s", "description": "CTD", "encodingType": "application/pdf",
                     "metadata": "https://www.seabird.com/"},
                   "ObservedProperty": {"name": "%4$s", "definition": "http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/",
                     "description": "sea water temperature"},
                   "Observations": [{"phenomenonTime": "2018-06-01T00:00:00Z", "result": 15.1},
                     {"phenomenonTime": "2018-06-01T00:15:00Z", "result": 15.2}]}]}"""
                .formatted(name, lon, lat, property, MEASUREMENT);
    }
}
