package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Server-driven paging (OGC 18-088, 9.3.3.2, {@code @iot.nextLink}) under every kind of sort
 * key: following the next tokens page by page yields exactly the rows, in exactly the order, of
 * one unpaged request, whatever the keys' types, ties and nulls.
 */
class PagingOrderTest {
    private static final String TAG = "paging-order";
    private static final StoreFixture DB = StoreFixture.get();

    @BeforeAll
    static void createData() {
        String[][] things = {
            {"delta", "{\"rank\": 2, \"label\": \"b\"}"},
            {"alpha", "{\"rank\": 1, \"label\": \"a\"}"},
            {"alpha", "{}"},
            {"charlie", "{\"rank\": null, \"label\": \"b\"}"},
            {"bravo", "{\"rank\": 2.5}"},
            {"echo", "{\"rank\": \"high\", \"label\": \"c\"}"},
            {"alpha", "{\"rank\": 1, \"label\": \"c\"}"},
            {"foxtrot", "{\"rank\": 10}"},
            {"golf", "{\"rank\": {\"nested\": true}}"},
        };
        for (String[] t : things) {
            DB.create("Things", "{\"name\": \"" + t[0] + "\", \"description\": \"" + TAG
                    + "\", \"properties\": " + t[1] + "}");
        }
        for (String name : List.of("kilo", "juliet", "kilo", "india")) {
            long stream = DB.datastream(name, 0, 0);
            long thing = DB.entity("Datastreams(" + stream + ")/Thing").id();
            DB.store().update(StoreFixture.path("Things(" + thing + ")"),
                    StoreFixture.json("{\"description\": \"" + TAG + "-streams\"}"), false);
        }
    }

    @ParameterizedTest(name = "$orderby={0}")
    @ValueSource(strings = {
        "name", "name desc", "properties/rank", "properties/rank desc,name", "properties/label desc,name asc",
        "length(name) desc", "id desc", "name,properties/rank desc", "properties/rank mul 2"
    })
    void pagesEqualOneUnpagedRead(String orderBy) {
        String filter = "description eq '" + TAG + "'";
        List<Long> unpaged = DB.ids("Things", "$filter", filter, "$orderby", orderBy, "$top", "100");
        assertThat(unpaged).hasSize(9);
        List<Long> paged = new ArrayList<>();
        EntitySet page = DB.read("Things", "$filter", filter, "$orderby", orderBy, "$top", "2");
        for (int i = 0; i < 20; i++) {
            page.rows().stream().map(EntityRow::id).forEach(paged::add);
            if (!page.more()) {
                break;
            }
            page = DB.read("Things", "$filter", filter, "$orderby", orderBy, "$top", "2",
                    "$skiptoken", page.nextToken());
        }
        assertThat(paged).containsExactlyElementsOf(unpaged);
    }

    @ParameterizedTest(name = "Datastreams $orderby={0}")
    @ValueSource(strings = {"Thing/name", "Thing/name desc", "Thing/properties/rank,name desc"})
    void pagesByNavigationKeys(String orderBy) {
        String filter = "Thing/description eq '" + TAG + "-streams'";
        List<Long> unpaged = DB.ids("Datastreams", "$filter", filter, "$orderby", orderBy);
        List<Long> paged = new ArrayList<>();
        EntitySet page = DB.read("Datastreams", "$filter", filter, "$orderby", orderBy, "$top", "1");
        for (int i = 0; i < 10; i++) {
            page.rows().stream().map(EntityRow::id).forEach(paged::add);
            if (!page.more()) {
                break;
            }
            page = DB.read("Datastreams", "$filter", filter, "$orderby", orderBy, "$top", "1",
                    "$skiptoken", page.nextToken());
        }
        assertThat(unpaged).hasSize(4);
        assertThat(paged).containsExactlyElementsOf(unpaged);
    }
}
