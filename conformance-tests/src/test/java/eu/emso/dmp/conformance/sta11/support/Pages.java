package eu.emso.dmp.conformance.sta11.support;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Follows {@code @iot.nextLink} from a first page to the end and gathers the items. Stateless and
 * thread-safe.
 */
public final class Pages {
    private static final int MAX_PAGES = 1000;

    private Pages() {
    }

    /** A step run after each page is read, e.g. to change the data between pages. */
    @FunctionalInterface
    public interface BetweenPages {
        /** Called with the number of pages read so far. */
        void after(int pagesRead);
    }

    /** Every item of the collection at {@code first} and its following pages, in order. */
    public static List<JsonNode> all(StaClient client, StaResponse first) {
        return all(client, first, "value", "@iot.nextLink", pages -> { });
    }

    /**
     * Every item of the array {@code arrayField} of {@code first} and of the pages its
     * {@code linkField} leads to; {@code between} runs after every page.
     *
     * @throws AssertionError when a page does not answer 200 or the links do not end
     */
    public static List<JsonNode> all(StaClient client, StaResponse first, String arrayField, String linkField,
            BetweenPages between) {
        List<JsonNode> items = new ArrayList<>();
        StaResponse page = first;
        JsonNode body = first.json();
        JsonNode array = body.path(arrayField);
        String next = body.path(linkField).asText(null);
        for (int read = 1; ; read++) {
            if (page.status() != 200) {
                throw new AssertionError("Page " + read + " failed: " + page.describe());
            }
            array.forEach(items::add);
            between.after(read);
            if (next == null || next.isEmpty()) {
                return items;
            }
            if (read >= MAX_PAGES) {
                throw new AssertionError("More than " + MAX_PAGES + " pages from " + first.request());
            }
            page = client.getAbsolute(next);
            array = page.value();
            next = page.json().path("@iot.nextLink").asText(null);
        }
    }
}
