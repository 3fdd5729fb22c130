package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.query.QueryException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * OGC 18-088 requirement class Filtering Extension, {@code req/request-data/expand},
 * {@code req/request-data/select} and {@code req/request-data/orderby} (9.3.2): nested
 * expansions with their own options per parent, {@code $select}, and sorting by several keys.
 */
class ExpandSelectOrderTest {
    private static final String TAG = "expand-select-order";
    private static final StoreFixture DB = StoreFixture.get();
    private static long north;
    private static long south;
    private static long northLatest;
    private static long southLatest;
    private static long thing;

    @BeforeAll
    static void createData() {
        north = DB.datastream("expand north", 1.75, 41.18);
        south = DB.datastream("expand south", 1.80, 41.10);
        DB.observe(north, "2024-03-01T00:00:00Z", "3");
        DB.observe(north, "2024-03-02T00:00:00Z", "1");
        DB.observe(north, "2024-03-03T00:00:00Z", "2");
        northLatest = DB.observe(north, "2024-03-04T00:00:00Z", "2");
        DB.observe(south, "2024-03-01T00:00:00Z", "7");
        southLatest = DB.observe(south, "2024-03-05T00:00:00Z", "8");
        thing = DB.create("Things", """
                {"name": "expand buoy", "description": "%s", "properties": {"rank": 2},
                 "Datastreams": [%s, %s, %s]}
                """.formatted(TAG, stream("a"), stream("b"), stream("c")));
        DB.create("Things", "{\"name\": \"rank one\", \"description\": \"" + TAG + "\", \"properties\": {\"rank\": 1}}");
        DB.create("Things", "{\"name\": \"rank none\", \"description\": \"" + TAG + "\", \"properties\": {}}");
    }

    private static String stream(String name) {
        return """
                {"name": "%s", "description": "buoy stream", "unitOfMeasurement": {},
                 "observationType": "OM_Measurement",
                 "Sensor": {"name": "s", "description": "s", "encodingType": "text/plain", "metadata": "m"},
                 "ObservedProperty": {"name": "p", "definition": "d", "description": "p"}}
                """.formatted(name);
    }

    private static EntitySet expanded(EntityRow row, String navigation) {
        return (EntitySet) row.expanded().get(navigation);
    }

    private static List<Long> ids(EntitySet set) {
        return set.rows().stream().map(EntityRow::id).toList();
    }

    @Test
    @DisplayName("req/request-data/expand: the latest observation of every datastream, per parent $top and $orderby")
    void latestObservationPerDatastream() {
        EntitySet streams = DB.read("Datastreams", "$filter", "id eq " + north + " or id eq " + south,
                "$orderby", "id", "$expand", "Observations($orderby=phenomenonTime desc;$top=1)");
        assertThat(ids(streams)).containsExactly(north, south);
        assertThat(ids(expanded(streams.rows().get(0), "Observations"))).containsExactly(northLatest);
        assertThat(ids(expanded(streams.rows().get(1), "Observations"))).containsExactly(southLatest);
        assertThat(expanded(streams.rows().get(0), "Observations").more()).isTrue();
    }

    @Test
    @DisplayName("req/request-data/expand: $filter and $orderby inside an expansion apply per parent")
    void filterInsideExpand() {
        EntityRow row = DB.entity("Datastreams(" + north + ")", "$expand",
                "Observations($filter=result ge 2;$orderby=result desc,phenomenonTime desc)");
        EntitySet obs = expanded(row, "Observations");
        assertThat(obs.rows()).extracting(r -> r.values().get("result"))
                .containsExactly(new RawJson("3"), new RawJson("2"), new RawJson("2"));
        assertThat(obs.rows()).extracting(EntityRow::id).element(1).isEqualTo(northLatest);
        assertThat(obs.more()).isFalse();
    }

    @Test
    @DisplayName("req/request-data/expand: a filter inside $expand may reach further through to-many paths")
    void toManyFilterInsideExpand() {
        EntitySet things = DB.read("Things", "$filter", "name eq 'expand north' or name eq 'expand south'",
                "$orderby", "name", "$expand", "Datastreams($filter=Observations/result gt 5)");
        assertThat(things.rows()).hasSize(2);
        assertThat(ids(expanded(things.rows().get(0), "Datastreams"))).isEmpty();
        assertThat(ids(expanded(things.rows().get(1), "Datastreams"))).containsExactly(south);
    }

    @Test
    @DisplayName("req/request-data/expand: nested expansion and the path form Thing/Locations")
    void nestedAndPathForm() {
        EntityRow byPath = DB.entity("Datastreams(" + north + ")", "$expand", "Thing/Locations");
        EntityRow t = (EntityRow) byPath.expanded().get("Thing");
        assertThat(t.values().get("name")).isEqualTo("expand north");
        assertThat(expanded(t, "Locations").rows()).extracting(r -> r.values().get("name"))
                .containsExactly("expand north site");
        EntityRow nested = DB.entity("Datastreams(" + north + ")", "$expand",
                "Thing($expand=Locations($select=name)),Sensor");
        EntityRow t2 = (EntityRow) nested.expanded().get("Thing");
        assertThat(expanded(t2, "Locations").rows().get(0).values()).containsOnlyKeys("name");
        assertThat(((EntityRow) nested.expanded().get("Sensor")).values().get("name")).isEqualTo("SBE37 expand north");
    }

    @Test
    @DisplayName("req/request-data/count: $count inside $expand counts all related entities, not the page")
    void countInsideExpand() {
        EntityRow row = DB.entity("Things(" + thing + ")", "$expand", "Datastreams($count=true;$top=1;$orderby=name)");
        EntitySet streams = expanded(row, "Datastreams");
        assertThat(streams.count()).isEqualTo(3L);
        assertThat(streams.rows()).extracting(r -> r.values().get("name")).containsExactly("a");
        assertThat(streams.more()).isTrue();
    }

    @Test
    @DisplayName("req/request-data/select: only the selected properties are read")
    void select() {
        EntityRow row = DB.entity("Things(" + thing + ")", "$select", "name");
        assertThat(row.values()).containsOnlyKeys("name");
        EntityRow two = DB.entity("Things(" + thing + ")", "$select", "id,description");
        assertThat(two.values()).containsOnlyKeys("id", "description");
        assertThat(two.values().get("description")).isEqualTo(TAG);
        assertThatThrownBy(() -> DB.entity("Things(" + thing + ")", "$select", "nonsense"))
                .isInstanceOf(QueryException.class);
    }

    @Test
    @DisplayName("req/request-data/orderby: several keys, the first most significant")
    void severalKeys() {
        EntitySet obs = DB.read("Datastreams(" + north + ")/Observations",
                "$filter", "phenomenonTime le 2024-03-04T00:00:00Z",
                "$orderby", "result desc,phenomenonTime asc");
        assertThat(obs.rows()).extracting(r -> r.values().get("phenomenonTime").toString()).containsExactly(
                "2024-03-01T00:00:00Z", "2024-03-03T00:00:00Z", "2024-03-04T00:00:00Z", "2024-03-02T00:00:00Z");
    }

    @Test
    @DisplayName("req/request-data/orderby: a key through to-one navigation")
    void navigationKey() {
        List<Long> asc = DB.ids("Datastreams", "$filter", "id eq " + north + " or id eq " + south,
                "$orderby", "Thing/name asc");
        List<Long> desc = DB.ids("Datastreams", "$filter", "id eq " + north + " or id eq " + south,
                "$orderby", "Thing/name desc");
        assertThat(asc).containsExactly(north, south);
        assertThat(desc).containsExactly(south, north);
        assertThatThrownBy(() -> DB.read("Things", "$orderby", "Datastreams/name"))
                .isInstanceOf(QueryException.class);
    }

    @Test
    @DisplayName("req/request-data/orderby: nulls sort first ascending and last descending")
    void nulls() {
        String filter = "description eq '" + TAG + "'";
        List<String> asc = names(DB.read("Things", "$filter", filter, "$orderby", "properties/rank asc"));
        List<String> desc = names(DB.read("Things", "$filter", filter, "$orderby", "properties/rank desc"));
        assertThat(asc).containsExactly("rank none", "rank one", "expand buoy");
        assertThat(desc).containsExactly("expand buoy", "rank one", "rank none");
    }

    private static List<String> names(EntitySet set) {
        return set.rows().stream().map(r -> (String) r.values().get("name")).toList();
    }
}
