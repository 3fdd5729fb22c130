package eu.emso.dmp.server.sos;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Reads a whole collection page by page through the store's query model (keyset paging by the
 * store's next-page token), so that only one page is in memory at a time. Stateless.
 */
public final class Pages {
    /** Page size asked for; the store lowers it to its maximum. */
    public static final int PAGE = 10_000;

    private Pages() {
    }

    /** Calls {@code each} for every entity of {@code path} matching {@code o}, in the order of {@code o}. */
    public static void forEach(EntityStore store, ResourcePath path, QueryOptions o, Consumer<EntityRow> each) {
        QueryOptions page = withPaging(o, Optional.empty(), OptionalLong.empty());
        long skip = 0;
        while (true) {
            EntitySet set = store.readCollection(Version.V11, path, page);
            set.rows().forEach(each);
            if (!set.more() || set.rows().isEmpty()) {
                return;
            }
            skip += set.rows().size();
            page = set.nextToken() != null ? withPaging(o, Optional.of(set.nextToken()), OptionalLong.empty())
                    : withPaging(o, Optional.empty(), OptionalLong.of(skip));
        }
    }

    /** Writes one entity of a streamed document. */
    @FunctionalInterface
    public interface RowWriter {
        void write(EntityRow row) throws javax.xml.stream.XMLStreamException;
    }

    /**
     * As {@link #forEach}, for writers of a streamed document: a failure to write ends the
     * reading and is passed on as it was.
     */
    public static void write(EntityStore store, ResourcePath path, QueryOptions o, RowWriter each)
            throws javax.xml.stream.XMLStreamException {
        try {
            forEach(store, path, o, row -> {
                try {
                    each.write(row);
                } catch (javax.xml.stream.XMLStreamException e) {
                    throw new Streaming(e);
                }
            });
        } catch (Streaming e) {
            throw e.cause;
        }
    }

    /** Carries a writer failure out of a page callback. */
    private static final class Streaming extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient javax.xml.stream.XMLStreamException cause;

        Streaming(javax.xml.stream.XMLStreamException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** All entities of {@code path} matching {@code o}; for small collections (the catalogue). */
    public static List<EntityRow> all(EntityStore store, ResourcePath path, QueryOptions o) {
        List<EntityRow> rows = new ArrayList<>();
        forEach(store, path, o, rows::add);
        return rows;
    }

    private static QueryOptions withPaging(QueryOptions o, Optional<String> token, OptionalLong skip) {
        return new QueryOptions(o.filter(), o.orderBy(), OptionalInt.of(PAGE), skip, false, o.select(),
                o.expand(), Optional.empty(), token);
    }
}
