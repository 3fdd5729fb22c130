package eu.emso.dmp.server.ogcapi.edr;

import eu.emso.dmp.server.ogcapi.OgcApiException;

/**
 * The {@code limit} and {@code cursor} of an EDR {@code items} request (OGC 17-069r4,
 * /req/core/fc-limit-definition, as the Features items): platforms are few, so a page is a slice
 * of the collection's platforms and the cursor the index of its first one. Stateless.
 */
final class ItemsPage {
    private ItemsPage() {
    }

    /** The page size: {@code limit} (at least 1), or every platform when it is absent. */
    static int limit(String limit, int all) {
        if (limit == null) {
            return Math.max(1, all);
        }
        try {
            int n = Integer.parseInt(limit);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw OgcApiException.invalidParameter("limit", "'" + limit + "' is not a whole number of at least 1");
    }

    /** The index of the page's first platform: {@code cursor} (from a next link), or 0. */
    static int cursor(String cursor, int all) {
        if (cursor == null) {
            return 0;
        }
        if (cursor.matches("\\d{1,9}") && Integer.parseInt(cursor) <= all) {
            return Integer.parseInt(cursor);
        }
        throw OgcApiException.invalidParameter("cursor", "'" + cursor + "' is not a cursor of this collection's pages");
    }
}
