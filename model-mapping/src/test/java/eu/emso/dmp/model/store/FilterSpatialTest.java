package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * OGC 18-088 requirement {@code req/request-data/filter}, geospatial functions (9.3.3.5.2,
 * {@code geo.*} and the OGC Simple Features {@code st_*} relations) with {@code geography'...'}
 * WKT literals in WGS 84, on {@code Locations/location} and {@code FeaturesOfInterest/feature}.
 */
class FilterSpatialTest {
    private static final String TAG = "filter-spatial";
    private static final String AROUND_OBSEA = "geography'POLYGON((1 41, 2 41, 2 42, 1 42, 1 41))'";
    private static final StoreFixture DB = StoreFixture.get();
    private static long obsea;
    private static long azores;
    private static long track;
    private static long square;
    private static long farSquare;

    @BeforeAll
    static void createData() {
        obsea = location("OBSEA", "{\"type\": \"Point\", \"coordinates\": [1.7527, 41.1819]}");
        azores = location("Azores", "{\"type\": \"Point\", \"coordinates\": [-28.0, 38.5]}");
        track = location("track", "{\"type\": \"LineString\", \"coordinates\": [[0, 0], [3, 4]]}");
        square = feature("square", "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]}");
        farSquare = feature("far square",
                "{\"type\": \"Polygon\", \"coordinates\": [[[10, 10], [11, 10], [11, 11], [10, 11], [10, 10]]]}");
    }

    private static long location(String name, String geojson) {
        return DB.create("Locations", "{\"name\": \"" + name + "\", \"description\": \"" + TAG
                + "\", \"encodingType\": \"application/geo+json\", \"location\": " + geojson + "}");
    }

    private static long feature(String name, String geojson) {
        return DB.create("FeaturesOfInterest", "{\"name\": \"" + name + "\", \"description\": \"" + TAG
                + "\", \"encodingType\": \"application/geo+json\", \"feature\": " + geojson + "}");
    }

    private static List<Long> locations(String filter) {
        return DB.ids("Locations", "$filter", "(" + filter + ") and description eq '" + TAG + "'", "$orderby", "id");
    }

    private static List<Long> features(String filter) {
        return DB.ids("FeaturesOfInterest", "$filter", "(" + filter + ") and description eq '" + TAG + "'",
                "$orderby", "id");
    }

    @Test
    @DisplayName("geo.intersects, geo.distance, geo.length")
    void geoFunctions() {
        assertThat(locations("geo.intersects(location, " + AROUND_OBSEA + ")")).containsExactly(obsea);
        assertThat(locations("geo.distance(location, geography'POINT(1.7527 41.1819)') lt 0.001"))
                .containsExactly(obsea);
        assertThat(locations("geo.distance(location, geography'POINT(1.7527 41.1819)') gt 20"))
                .containsExactly(azores, track);
        assertThat(locations("geo.distance(location, geography'POINT(0 0)') eq 0")).containsExactly(track);
        assertThat(locations("geo.length(location) eq 5")).containsExactly(track);
        assertThat(locations("geo.length(location) gt 0")).containsExactly(track);
        assertThat(features("geo.intersects(feature, geography'POINT(1 1)')")).containsExactly(square);
    }

    @Test
    @DisplayName("st_within, st_contains, st_disjoint, st_equals, st_intersects")
    void containmentAndEquality() {
        assertThat(locations("st_within(location, " + AROUND_OBSEA + ")")).containsExactly(obsea);
        assertThat(locations("st_contains(" + AROUND_OBSEA + ", location)")).containsExactly(obsea);
        assertThat(locations("st_disjoint(location, " + AROUND_OBSEA + ")")).containsExactly(azores, track);
        assertThat(locations("st_equals(location, geography'POINT(1.7527 41.1819)')")).containsExactly(obsea);
        assertThat(locations("st_intersects(location, geography'LINESTRING(0 4, 3 0)')")).containsExactly(track);
        assertThat(features("st_contains(feature, geography'POINT(1 1)')")).containsExactly(square);
        assertThat(features("st_within(geography'POINT(10.5 10.5)', feature)")).containsExactly(farSquare);
    }

    @Test
    @DisplayName("st_touches, st_overlaps, st_crosses")
    void boundaryRelations() {
        assertThat(locations("st_touches(location, geography'LINESTRING(3 4, 5 5)')")).containsExactly(track);
        assertThat(locations("st_crosses(location, geography'LINESTRING(0 4, 3 0)')")).containsExactly(track);
        assertThat(features("st_overlaps(feature, geography'POLYGON((1 1, 3 1, 3 3, 1 3, 1 1))')"))
                .containsExactly(square);
        assertThat(features("st_touches(feature, geography'POLYGON((2 0, 4 0, 4 2, 2 2, 2 0))')"))
                .containsExactly(square);
    }

    @Test
    @DisplayName("st_relate with a DE-9IM pattern")
    void relate() {
        assertThat(features("st_relate(feature, geography'POLYGON((1 1, 3 1, 3 3, 1 3, 1 1))', 'T*T***T**')"))
                .containsExactly(square);
        assertThat(locations("st_relate(location, " + AROUND_OBSEA + ", 'T*F**F***')")).containsExactly(obsea);
    }

    @Test
    @DisplayName("spatial functions reach Locations through a navigation path")
    void throughNavigation() {
        long stream = DB.datastream("spatial station", 1.7527, 41.1819);
        List<Long> things = DB.ids("Things", "$filter", "geo.intersects(Locations/location, " + AROUND_OBSEA
                + ") and name eq 'spatial station'");
        assertThat(things).hasSize(1);
        assertThat(DB.ids("Things(" + things.get(0) + ")/Datastreams")).containsExactly(stream);
    }
}
