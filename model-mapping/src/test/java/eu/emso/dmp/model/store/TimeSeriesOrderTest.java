package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Without {@code $orderby}, the Observations of one Datastream come as a time series: in
 * phenomenonTime order, also when they were written out of order and across monthly partitions;
 * other collections of Observations keep id order (docs/data-model.md).
 */
class TimeSeriesOrderTest {
    private static final StoreFixture DB = StoreFixture.get();
    private static long stream;
    private static long march;
    private static long january;
    private static long february;
    private static long januaryLater;

    @BeforeAll
    static void writeOutOfOrder() {
        stream = DB.datastream("time order station", 2.0, 41.0);
        march = DB.observe(stream, "2023-03-10T00:00:00Z", "3");
        january = DB.observe(stream, "2023-01-10T00:00:00Z", "1");
        february = DB.observe(stream, "2023-02-10T00:00:00Z", "2");
        januaryLater = DB.observe(stream, "2023-01-20T00:00:00Z", "1.5");
    }

    @Test
    @DisplayName("req/request-data/order: a Datastream's Observations without $orderby are in phenomenonTime order")
    void oneDatastreamInTimeOrder() {
        assertThat(DB.ids("Datastreams(" + stream + ")/Observations"))
                .containsExactly(january, januaryLater, february, march);
        assertThat(DB.ids("Things(" + DB.entity("Datastreams(" + stream + ")/Thing").id() + ")/Datastreams("
                + stream + ")/Observations")).containsExactly(january, januaryLater, february, march);
        assertThat(DB.ids("Datastreams(" + stream + ")/Observations", "$orderby", "id"))
                .containsExactly(march, january, february, januaryLater);
    }

    @Test
    @DisplayName("req/request-data/order: pages of a Datastream's Observations follow each other in time order")
    void pagesInTimeOrder() {
        List<Long> paged = new ArrayList<>();
        EntitySet page = DB.read("Datastreams(" + stream + ")/Observations", "$top", "1");
        for (int i = 0; i < 10; i++) {
            page.rows().stream().map(EntityRow::id).forEach(paged::add);
            if (!page.more()) {
                break;
            }
            page = DB.read("Datastreams(" + stream + ")/Observations", "$top", "1", "$skiptoken", page.nextToken());
        }
        assertThat(paged).containsExactly(january, januaryLater, february, march);
    }

    @Test
    @DisplayName("req/request-data/order: expanded Observations of a Datastream in time order; other collections by id")
    void expandedInTimeOrderOthersById() {
        EntityRow ds = DB.entity("Datastreams(" + stream + ")", "$expand", "Observations");
        EntitySet expanded = (EntitySet) ds.expanded().get("Observations");
        assertThat(expanded.rows().stream().map(EntityRow::id).toList())
                .containsExactly(january, januaryLater, february, march);
        assertThat(DB.ids("Observations", "$filter", "Datastream/id eq " + stream))
                .containsExactly(march, january, february, januaryLater);
    }
}
