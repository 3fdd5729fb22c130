package eu.emso.dmp.conformance.sta11.support;

/**
 * Creates {@link OceanDataSet} through the API, one POST per entity, links by {@code @iot.id}.
 * Not thread-safe; one use.
 */
final class OceanDataSetLoader {
    private static final String P01 = "http://vocab.nerc.ac.uk/collection/P01/current/";
    private static final String MEASUREMENT =
            "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";

    private final StaClient client;

    OceanDataSetLoader(StaClient client) {
        this.client = client;
    }

    OceanDataSet load() {
        long sensor = client.create("Sensors", """
                {"name": "SBE37-SIP 37-14998", "description": "Sea-Bird SBE37 CTD, serial 37-14998",
                 "encodingType": "application/pdf",
                 "metadata": "https://www.seabird.com/asset-get.download.jsa?id=54627861710",
                 "properties": {"serialNumber": "37-14998", "L22": "TOOL1453"}}""");
        long temp = observedProperty("TEMP", "TEMPPR01", "sea_water_temperature");
        long psal = observedProperty("PSAL", "PSLTZZ01", "sea_water_practical_salinity");
        long obsea = thing("OBSEA", "Expandable seafloor observatory off Vilanova i la Geltru",
                "\"site\": \"OBSEA\", \"depth\": 20, \"operator\": \"UPC\"");
        long w1m3a = thing("W1M3A", "Deep-sea mooring in the Ligurian Sea",
                "\"site\": \"W1M3A\", \"depth\": 1200, \"operator\": \"CNR\"");
        long obseaLocation = location(obsea, "OBSEA seafloor", OceanDataSet.OBSEA_POINT);
        long w1m3aLocation = location(w1m3a, "W1M3A mooring", OceanDataSet.W1M3A_POINT);
        long obseaFoi = feature("OBSEA station", OceanDataSet.OBSEA_POINT);
        long w1m3aFoi = feature("W1M3A station", OceanDataSet.W1M3A_POINT);
        long obseaTemp = datastream("OBSEA TEMP", obsea, sensor, temp, "degree Celsius", "degC");
        long obseaPsal = datastream("OBSEA PSAL", obsea, sensor, psal, "practical salinity unit", "PSU");
        long w1m3aTemp = datastream("W1M3A TEMP", w1m3a, sensor, temp, "degree Celsius", "degC");
        observations(obseaTemp, obseaFoi, OceanDataSet.OBSEA_TEMP);
        observations(obseaPsal, obseaFoi, OceanDataSet.OBSEA_PSAL);
        observations(w1m3aTemp, w1m3aFoi, OceanDataSet.W1M3A_TEMP);
        return new OceanDataSet(sensor, temp, psal, obsea, w1m3a, obseaLocation, w1m3aLocation, obseaFoi,
                w1m3aFoi, obseaTemp, obseaPsal, w1m3aTemp);
    }

    private long observedProperty(String code, String p01, String standardName) {
        return client.create("ObservedProperties", """
                {"name": "%s", "definition": "%s%s/", "description": "%s",
                 "properties": {"standard_name": "%s"}}""".formatted(code, P01, p01, standardName, standardName));
    }

    private long thing(String name, String description, String properties) {
        return client.create("Things", """
                {"name": "%s", "description": "%s", "properties": {%s}}""".formatted(name, description, properties));
    }

    private long location(long thing, String name, OceanDataSet.Position point) {
        return client.create("Things(" + thing + ")/Locations", """
                {"name": "%s", "description": "%s", "encodingType": "application/geo+json",
                 "location": {"type": "Point", "coordinates": [%s, %s]}}"""
                .formatted(name, name, point.longitude(), point.latitude()));
    }

    private long feature(String name, OceanDataSet.Position point) {
        return client.create("FeaturesOfInterest", """
                {"name": "%s", "description": "%s", "encodingType": "application/geo+json",
                 "feature": {"type": "Point", "coordinates": [%s, %s]}}"""
                .formatted(name, name, point.longitude(), point.latitude()));
    }

    private long datastream(String name, long thing, long sensor, long property, String unit, String symbol) {
        return client.create("Datastreams", """
                {"name": "%s", "description": "%s", "observationType": "%s",
                 "unitOfMeasurement": {"name": "%s", "symbol": "%s",
                   "definition": "http://vocab.nerc.ac.uk/collection/P06/current/UPAA/"},
                 "Thing": {"@iot.id": %d}, "Sensor": {"@iot.id": %d}, "ObservedProperty": {"@iot.id": %d}}"""
                .formatted(name, name, MEASUREMENT, unit, symbol, thing, sensor, property));
    }

    private void observations(long datastream, long feature, Series series) {
        for (int i = 0; i < series.size(); i++) {
            client.create("Observations", """
                    {"phenomenonTime": "%s", "resultTime": "%s", "result": %s,
                     "Datastream": {"@iot.id": %d}, "FeatureOfInterest": {"@iot.id": %d}}"""
                    .formatted(series.time(i), series.time(i), series.value(i).toPlainString(), datastream, feature));
        }
    }
}
