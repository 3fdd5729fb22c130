package eu.emso.dmp.model.entity;

import eu.emso.dmp.model.query.QueryOptions;
import java.util.List;

/**
 * A page of a collection of entities.
 *
 * @param rows  the entities of this page
 * @param count the total number matching the request, or null when not asked for
 * @param top   the page size that was applied
 * @param skip  how many entities came before this page
 * @param more  whether entities follow this page
 * @param nextToken when entities follow: the opaque keyset token of the next page, or null
 *                  when the next page is addressed by {@code $skip}
 * @param options   for an expanded collection: the options it was read with, else null
 */
public record EntitySet(List<EntityRow> rows, Long count, int top, long skip, boolean more, String nextToken,
                        QueryOptions options) {

    public EntitySet {
        rows = List.copyOf(rows);
    }

}
