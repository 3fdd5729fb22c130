package eu.emso.dmp.server.sta.format;

import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.server.http.Reply;

/**
 * One value of the {@code $resultFormat} query option: writes a page of a collection in its
 * representation. Implementations are immutable and thread-safe.
 */
public interface ResultFormat {

    /** The option value that selects this format, matched ignoring case (e.g. {@code CSV}). */
    String name();

    /**
     * The reply for one page of a collection.
     *
     * @param type     the entity type of the collection
     * @param set      the page, read with the request's query options
     * @param nextLink the URL of the next page, or null
     * @param root     the service root URL, e.g. {@code http://host/v1.1}
     * @throws eu.emso.dmp.server.http.ErrorMapper.BadRequest when the format does not apply to
     *         the collection
     */
    Reply collection(EntityType type, EntitySet set, String nextLink, String root);
}
