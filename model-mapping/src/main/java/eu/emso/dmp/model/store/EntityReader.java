package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.PathSegment;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.query.Expand;
import eu.emso.dmp.model.query.OrderBy;
import eu.emso.dmp.model.query.QueryException;
import eu.emso.dmp.model.query.QueryOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads entities addressed by a resource path with query options, expansions included, on one
 * connection. One instance per request; not thread-safe.
 */
final class EntityReader {
    private final Connection conn;
    private final Version version;
    private final StoreSettings settings;

    EntityReader(Connection conn, Version version, StoreSettings settings) {
        this.conn = conn;
        this.version = version;
        this.settings = settings;
    }

    EntitySet collection(ResourcePath path, QueryOptions o) throws SQLException {
        checkDepth(o);
        EntityType type = path.type();
        Aliases aliases = new Aliases();
        String e = aliases.next();
        Sql where = where(path, o, e, aliases);
        List<Keyset.SortKey> keys = sortKeys(o, type, e, aliases);
        if (o.orderBy().isEmpty() && Links.ranked(path.last().via())) {
            keys.add(0, new Keyset.SortKey(Links.rank(path.last().via(), PathConditions.parentId(path, aliases), e),
                    false, false));
        }
        if (o.orderBy().isEmpty() && streamOf(path) != null) {
            keys.add(0, timeOrder(e));
        }
        if (o.skipToken().isPresent()) {
            where = where.paren().add(" AND ").add(Keyset.after(o.skipToken().get(), keys));
        }
        int top = top(o);
        long skip = o.skipToken().isPresent() ? 0 : o.skip().orElse(0);
        Columns cols = new Columns(type, o.select(), version);
        Sql q = new Sql("SELECT " + cols.select(e));
        for (int i = 0; i < keys.size(); i++) {
            q.add(", ").add(keys.get(i).expr()).add(" AS k" + i);
        }
        q.add(" FROM " + type.table() + " " + e + " WHERE ").add(where).add(orderBy(keys))
                .add(" LIMIT ").bind(top + 1L).add(" OFFSET ").bind(skip);
        List<EntityRow> rows = new ArrayList<>();
        String token = null;
        boolean more = false;
        try (PreparedStatement ps = conn.prepareStatement(q.text())) {
            q.bindTo(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rows.size() == top) {
                        more = top > 0; // $top=0 asks for the count alone: no next page to follow
                        break;
                    }
                    rows.add(cols.read(rs, 1));
                    if (rows.size() == top) {
                        token = Keyset.token(rs, rs.getMetaData().getColumnCount() - keys.size() + 1, keys.size());
                    }
                }
            }
        }
        new Expander(conn, version, settings).expand(rows, type, o.expand());
        Expander.checkSize(rows, settings.expandEntities());
        Long count = o.count() ? count(path, o) : null;
        return new EntitySet(rows, count, top, skip, more, more ? token : null, null);
    }

    /**
     * The Datastream or MultiDatastream step when {@code path} is the Observations of one of them
     * ({@code Datastreams(1)/Observations}, also further down a path), else null. Without
     * {@code $orderby} these come in phenomenonTime order (then id), a time series as it was
     * observed: the order of the per-stream time index and of the monthly partitions, so a page
     * is read from the first partition that holds the stream, whatever the other streams hold.
     */
    private static PathSegment streamOf(ResourcePath path) {
        List<PathSegment> steps = path.segments();
        if (steps.size() < 2 || path.last().id() != null) {
            return null;
        }
        PathSegment parent = steps.get(steps.size() - 2);
        return parent.id() != null && isStreamOfObservations(parent.type(), path.type()) ? parent : null;
    }

    /** Whether entities of {@code target} related to one {@code source} form one time series. */
    static boolean isStreamOfObservations(EntityType source, EntityType target) {
        return target == EntityType.OBSERVATION
                && (source == EntityType.DATASTREAM || source == EntityType.MULTI_DATASTREAM);
    }

    /** The first sort key of a time series read without {@code $orderby}: phenomenonTime ascending. */
    static Keyset.SortKey timeOrder(String alias) {
        return new Keyset.SortKey(new Sql(alias + ".phenomenon_time_start"), false, false);
    }

    EntityRow entity(ResourcePath path, QueryOptions o) throws SQLException {
        checkDepth(o);
        EntityType type = path.type();
        Aliases aliases = new Aliases();
        String e = aliases.next();
        Columns cols = new Columns(type, o.select(), version);
        Sql q = new Sql("SELECT " + cols.select(e) + " FROM " + type.table() + " " + e + " WHERE ")
                .add(Sql.join(" AND ", PathConditions.of(path, e, aliases))).add(" LIMIT 1");
        List<EntityRow> rows = query(q, cols, 1);
        if (rows.isEmpty()) {
            return null;
        }
        new Expander(conn, version, settings).expand(rows, type, o.expand());
        Expander.checkSize(rows, settings.expandEntities());
        return rows.get(0);
    }

    boolean exists(ResourcePath path) throws SQLException {
        Aliases aliases = new Aliases();
        String e = aliases.next();
        Sql q = new Sql("SELECT 1 FROM " + path.type().table() + " " + e + " WHERE ")
                .add(Sql.join(" AND ", PathConditions.of(path, e, aliases)));
        try (PreparedStatement ps = conn.prepareStatement(q.text())) {
            q.bindTo(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The number of entities matching, always exact. Unfiltered counts of all Observations and of
     * one Datastream's (or MultiDatastream's) Observations read the counts the write path keeps
     * per stream instead of counting rows.
     */
    long count(ResourcePath path, QueryOptions o) throws SQLException {
        if (path.type() == EntityType.OBSERVATION && path.last().id() == null && o.filter().isEmpty()) {
            List<PathSegment> steps = path.segments();
            if (steps.size() == 1) {
                return Rows.longs(conn, "SELECT (SELECT COALESCE(sum(observation_count), 0) FROM datastreams) "
                        + "+ (SELECT COALESCE(sum(observation_count), 0) FROM multi_datastreams)").get(0);
            }
            PathSegment stream = streamOf(path);
            if (steps.size() == 2 && stream != null) {
                List<Long> n = Rows.longs(conn, "SELECT observation_count FROM " + stream.type().table()
                        + " WHERE id = ?", stream.id());
                return n.isEmpty() ? 0 : n.get(0);
            }
        }
        Aliases aliases = new Aliases();
        String e = aliases.next();
        Sql q = new Sql("SELECT count(*) FROM " + path.type().table() + " " + e + " WHERE ")
                .add(where(path, o, e, aliases));
        try (PreparedStatement ps = conn.prepareStatement(q.text())) {
            q.bindTo(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Sql where(ResourcePath path, QueryOptions o, String e, Aliases aliases) {
        List<Sql> conds = new ArrayList<>(PathConditions.of(path, e, aliases));
        o.filter().ifPresent(f -> conds.add(new ExprTranslator("$filter").condition(f, path.type(), e, aliases)));
        return conds.isEmpty() ? new Sql("TRUE") : Sql.join(" AND ", conds);
    }

    /** Refuses an {@code $expand} deeper than the store allows, before anything is read. */
    private void checkDepth(QueryOptions o) {
        int depth = Expand.depth(o.expand());
        if (depth > settings.expandDepth()) {
            throw new QueryException("$expand", -1, "the chain is " + depth + " navigation steps deep; this server "
                    + "allows at most " + settings.expandDepth() + " (counting path segments and nested $expand alike)");
        }
    }

    int top(QueryOptions o) {
        return Math.min(o.top().orElse(settings.defaultTop()), settings.maxTop());
    }

    /** The requested sort keys, then the id, so that pages are stable. */
    static List<Keyset.SortKey> sortKeys(QueryOptions o, EntityType type, String e, Aliases aliases) {
        List<Keyset.SortKey> keys = new ArrayList<>();
        ExprTranslator t = new ExprTranslator("$orderby");
        for (OrderBy ob : o.orderBy()) {
            keys.add(new Keyset.SortKey(t.scalar(ob.expr(), type, e, aliases), ob.descending(),
                    !ExprTranslator.notNull(ob.expr(), type)));
        }
        keys.add(new Keyset.SortKey(new Sql(e + ".id"), false, false));
        return keys;
    }

    static Sql orderBy(List<Keyset.SortKey> keys) {
        List<Sql> parts = new ArrayList<>();
        for (Keyset.SortKey k : keys) {
            // OData places nulls first ascending and last descending; a key that cannot be null
            // needs no placement, so a btree index delivers the order ("latest" is one probe)
            String nulls = !k.nullable() ? "" : k.descending() ? " NULLS LAST" : " NULLS FIRST";
            parts.add(new Sql().add(k.expr()).add((k.descending() ? " DESC" : " ASC") + nulls));
        }
        return new Sql(" ORDER BY ").add(Sql.join(", ", parts));
    }

    List<EntityRow> query(Sql q, Columns cols, int first) throws SQLException {
        List<EntityRow> rows = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(q.text())) {
            q.bindTo(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(cols.read(rs, first));
                }
            }
        }
        return rows;
    }
}
