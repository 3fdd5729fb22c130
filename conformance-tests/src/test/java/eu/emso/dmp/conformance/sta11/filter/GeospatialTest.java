package eu.emso.dmp.conformance.sta11.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.emso.dmp.conformance.sta11.support.LoadedServer;
import eu.emso.dmp.conformance.sta11.support.StaClient;
import eu.emso.dmp.conformance.sta11.support.StaResponse;
import eu.emso.dmp.conformance.sta11.support.Values;

/**
 * Requirement {@code /req/request-data/filter} of OGC 18-088, its geospatial functions
 * ({@code geo.*} and the OGC Simple Features {@code st_*} relations) with {@code geography'...'}
 * and {@code geometry'...'} WKT literals, on Locations, FeaturesOfInterest and across navigation.
 * Besides the two station points of the data set, the FeaturesOfInterest hold the OBSEA
 * monitoring area (a polygon holding the OBSEA point) and the OBSEA cable (a line starting at it).
 * Lengths and distances are in the units of the coordinates (degrees), as the server documents.
 */
@DisplayName("/req/request-data/filter (geospatial)")
class GeospatialTest {
    private static final String AROUND_OBSEA = "POLYGON((1.6 41.1, 1.9 41.1, 1.9 41.3, 1.6 41.3, 1.6 41.1))";
    private static final String LIGURIAN_SEA = "POLYGON((8 43, 10 43, 10 45, 8 45, 8 43))";

    private static LoadedServer server;
    private static StaClient sta;

    @BeforeAll
    static void start() {
        server = LoadedServer.start();
        sta = server.client();
        feature("OBSEA area", "{\"type\": \"Polygon\", \"coordinates\": "
                + "[[[1.7, 41.15], [1.8, 41.15], [1.8, 41.2], [1.7, 41.2], [1.7, 41.15]]]}");
        feature("OBSEA cable", "{\"type\": \"LineString\", \"coordinates\": [[1.7527, 41.1819], [1.78, 41.22]]}");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "FeaturesOfInterest?$filter={0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "geo.intersects(feature, geography'" + AROUND_OBSEA + "') | OBSEA_station OBSEA_area OBSEA_cable",
        "st_intersects(feature, geometry'LINESTRING(1.6 41.19, 1.9 41.19)') | OBSEA_area OBSEA_cable",
        "st_within(feature, geometry'" + AROUND_OBSEA + "') | OBSEA_station OBSEA_area OBSEA_cable",
        "st_contains(feature, geometry'POINT(1.75 41.17)') | OBSEA_area",
        "st_disjoint(feature, geography'" + AROUND_OBSEA + "') | W1M3A_station",
        "st_equals(feature, geography'POINT(9.1131 43.8258)') | W1M3A_station",
        "st_touches(feature, geometry'POINT(1.7527 41.1819)') | OBSEA_cable",
        "st_overlaps(feature, geometry'POLYGON((1.75 41.1, 1.9 41.1, 1.9 41.18, 1.75 41.18, 1.75 41.1))') | OBSEA_area",
        "st_crosses(feature, geometry'LINESTRING(1.6 41.19, 1.9 41.19)') | OBSEA_area OBSEA_cable",
        "st_relate(feature, geometry'" + AROUND_OBSEA + "', 'T*F**F***') | OBSEA_station OBSEA_area OBSEA_cable",
        "geo.length(feature) gt 0 | OBSEA_cable",
        "geo.distance(feature, geometry'POINT(1.7527 41.1819)') eq 0 | OBSEA_station OBSEA_area OBSEA_cable",
        "geo.distance(feature, geography'POINT(1.7527 41.1819)') gt 7.8 | W1M3A_station",
        "geo.distance(feature, geography'POINT(1.7527 41.1819)') lt 7.85 and not st_equals(feature, geography'POINT(1.7527 41.1819)') | W1M3A_station OBSEA_area OBSEA_cable",
    })
    @DisplayName("/req/request-data/filter: geospatial functions on FeaturesOfInterest")
    void featuresOfInterest(String filter, String expected) {
        assertNames("FeaturesOfInterest?$filter=" + filter, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Locations?$filter=geo.intersects(location, geography'" + LIGURIAN_SEA + "') | W1M3A_mooring",
        "Locations?$filter=st_within(location, geometry'" + AROUND_OBSEA + "') | OBSEA_seafloor",
        "Things?$filter=st_within(Locations/location, geography'" + LIGURIAN_SEA + "') | W1M3A",
        "Things?$filter=geo.distance(Locations/location, geometry'POINT(9 44)') lt 1 | W1M3A",
        "Datastreams?$filter=st_intersects(Thing/Locations/location, geography'" + AROUND_OBSEA + "') | OBSEA_TEMP OBSEA_PSAL",
    })
    @DisplayName("/req/request-data/filter: geospatial functions on Locations and across navigation")
    void locations(String request, String expected) {
        assertNames(request, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "st_equals(FeatureOfInterest/feature, geography'POINT(1.7527 41.1819)') | 48",
        "st_within(FeatureOfInterest/feature, geometry'" + LIGURIAN_SEA + "') | 12",
    })
    @DisplayName("/req/request-data/filter: Observations by the geometry of their FeatureOfInterest")
    void observations(String filter, int count) {
        StaResponse r = sta.get("Observations?$top=1000&$filter=" + filter);
        assertThat(r.status()).as(r.describe()).isEqualTo(200);
        assertThat(r.value()).as(r.describe()).hasSize(count);
    }

    private static void assertNames(String request, String expected) {
        StaResponse r = sta.get(request);
        assertThat(r.status()).as(r.describe()).isEqualTo(200);
        List<String> names = Arrays.stream(expected.split(" ")).map(n -> n.replace('_', ' ')).toList();
        assertThat(Values.texts(r.value(), "name")).as(r.describe()).containsExactlyInAnyOrderElementsOf(names);
    }

    private static void feature(String name, String geoJson) {
        sta.create("FeaturesOfInterest", """
                {"name": "%s", "description": "%s", "encodingType": "application/geo+json", "feature": %s}"""
                .formatted(name, name, geoJson));
    }
}
