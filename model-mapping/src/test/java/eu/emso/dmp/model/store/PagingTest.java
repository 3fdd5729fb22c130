package eu.emso.dmp.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.query.QueryException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * OGC 18-088 {@code req/request-data/top}, {@code req/request-data/skip},
 * {@code req/request-data/count} and server-driven paging (9.3.3.2, {@code @iot.nextLink}): pages
 * by {@code $skiptoken} are complete and free of repeats while observations arrive between them.
 */
class PagingTest {
    private static final int ORIGINALS = 25;
    /** The phenomenon times of the original rows; rows added by tests lie outside. */
    private static final String ORIGINAL_TIMES =
            "phenomenonTime ge 2024-04-02T00:00:00Z and phenomenonTime lt 2024-04-27T00:00:00Z";
    private static final StoreFixture DB = StoreFixture.get();
    private static long stream;
    private static List<Long> originals;

    @BeforeAll
    static void createData() {
        stream = DB.datastream("paging station", 1.75, 41.18);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ORIGINALS; i++) {
            ids.add(DB.observe(stream, "2024-04-%02dT12:00:00Z".formatted(i + 2), Integer.toString(i % 5)));
        }
        originals = List.copyOf(ids);
    }

    private static String observations() {
        return "Datastreams(" + stream + ")/Observations";
    }

    @Test
    @DisplayName("req/request-data/top, skip, count: page size, offset and the total count")
    void topSkipCount() {
        EntitySet first = DB.read(observations(), "$top", "10", "$count", "true", "$orderby", "phenomenonTime",
                "$filter", ORIGINAL_TIMES);
        assertThat(first.rows()).hasSize(10);
        assertThat(first.count()).isEqualTo((long) ORIGINALS);
        assertThat(first.more()).isTrue();
        assertThat(first.rows()).extracting(EntityRow::id).containsExactlyElementsOf(originals.subList(0, 10));
        EntitySet last = DB.read(observations(), "$top", "10", "$skip", "20", "$orderby", "phenomenonTime",
                "$filter", ORIGINAL_TIMES);
        assertThat(last.rows()).extracting(EntityRow::id).containsExactlyElementsOf(originals.subList(20, 25));
        assertThat(last.more()).isFalse();
        EntitySet counted = DB.read(observations(), "$filter", "result eq 0 and " + ORIGINAL_TIMES,
                "$count", "true", "$top", "1");
        assertThat(counted.count()).isEqualTo(5L);
        assertThat(counted.rows()).hasSize(1);
        assertThat(DB.read(observations(), "$skip", "1000").rows()).isEmpty();
    }

    @Test
    @DisplayName("req/request-data/count: without $count no count is given")
    void noCountUnlessAsked() {
        assertThat(DB.read(observations(), "$top", "1").count()).isNull();
    }

    @Test
    @DisplayName("nextLink paging by time: every original row exactly once while earlier and later rows arrive")
    void keysetByTimeWhileWriting() {
        int[] minute = {0};
        List<Long> earlier = new ArrayList<>();
        List<Long> later = new ArrayList<>();
        List<Long> seen = allPages(page -> {
            earlier.add(DB.observe(stream, "2024-04-01T00:%02d:00Z".formatted(minute[0]++), "100"));
            later.add(DB.observe(stream, "2024-04-27T00:%02d:00Z".formatted(minute[0]++), "100"));
        }, "$top", "7", "$orderby", "phenomenonTime asc", "$filter", "phenomenonTime lt 2024-04-28T00:00:00Z");
        assertThat(seen).doesNotHaveDuplicates().containsAll(originals);
        assertThat(earlier).isNotEmpty();
        assertThat(seen).as("rows added before the current position").doesNotContainAnyElementsOf(earlier)
                .as("rows added after the current position").containsAll(later);
    }

    @Test
    @DisplayName("nextLink paging with ties and descending order: every original row exactly once")
    void keysetWithTiesWhileWriting() {
        int[] minute = {0};
        List<Long> seen = allPages(page -> {
            DB.observe(stream, "2024-04-29T01:%02d:00Z".formatted(minute[0]++), Integer.toString(page % 5));
            DB.observe(stream, "2024-04-29T02:%02d:00Z".formatted(minute[0]++), "-1");
        }, "$top", "4", "$orderby", "result desc", "$filter", "phenomenonTime ge 2024-04-02T00:00:00Z");
        assertThat(seen).doesNotHaveDuplicates().containsAll(originals);
    }

    @Test
    @DisplayName("nextLink paging over a key that is null for every row")
    void keysetOverNulls() {
        List<Long> seen = allPages(page -> { }, "$top", "6", "$orderby", "resultTime,phenomenonTime desc",
                "$filter", ORIGINAL_TIMES);
        List<Long> expected = new ArrayList<>(originals);
        java.util.Collections.reverse(expected);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("a skip token the server did not issue is a client error")
    void foreignToken() {
        assertThatThrownBy(() -> DB.read(observations(), "$skiptoken", "not-a-token"))
                .isInstanceOf(QueryException.class);
        EntitySet page = DB.read(observations(), "$top", "2", "$orderby", "resultTime,phenomenonTime");
        assertThat(page.nextToken()).isNotNull();
        assertThatThrownBy(() -> DB.read(observations(), "$top", "2", "$skiptoken", page.nextToken()))
                .isInstanceOf(QueryException.class);
    }

    /** Follows next tokens to the end; calls {@code between} with the page number after each page. */
    private static List<Long> allPages(IntConsumer between, String... options) {
        List<Long> seen = new ArrayList<>();
        String token = null;
        for (int page = 0; page < 100; page++) {
            List<String> o = new ArrayList<>(Arrays.asList(options));
            if (token != null) {
                o.addAll(List.of("$skiptoken", token));
            }
            EntitySet set = DB.read(observations(), o.toArray(String[]::new));
            set.rows().forEach(r -> seen.add(r.id()));
            if (!set.more()) {
                return seen;
            }
            assertThat(set.nextToken()).as("token of a page that has more").isNotNull();
            token = set.nextToken();
            between.accept(page);
        }
        throw new AssertionError("paging did not end");
    }
}
