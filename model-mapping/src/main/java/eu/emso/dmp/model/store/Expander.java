package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Navigation;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.query.Expand;
import eu.emso.dmp.model.query.QueryException;
import eu.emso.dmp.model.query.QueryOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code $expand} (OGC 18-088, 9.3.2.1): fills related entities into a page of rows with one
 * statement per navigation property and level, whatever the number of rows. To-many expansions
 * apply their own filter, order, top and skip per parent through a LATERAL sub-query.
 */
final class Expander {
    private final Connection conn;
    private final Version version;
    private final StoreSettings settings;

    Expander(Connection conn, Version version, StoreSettings settings) {
        this.conn = conn;
        this.version = version;
        this.settings = settings;
    }

    void expand(List<EntityRow> rows, EntityType type, List<Expand> expands) throws SQLException {
        if (rows.isEmpty() || expands.isEmpty()) {
            return;
        }
        for (Map.Entry<Navigation, QueryOptions> e : group(type, expands).entrySet()) {
            if (e.getKey().toMany()) {
                many(rows, e.getKey(), e.getValue());
            } else {
                one(rows, e.getKey(), e.getValue());
            }
        }
    }

    /**
     * Refuses a response that would hold more than {@code max} entities as written out. Expanded
     * rows are shared where several parents reach the same entity, so a few statements can make
     * a tree far larger than what was read; it is counted here, before anything is written.
     */
    static void checkSize(List<EntityRow> rows, long max) {
        java.util.Map<EntityRow, Long> sizes = new java.util.IdentityHashMap<>();
        long total = 0;
        for (EntityRow r : rows) {
            total = Math.min(Long.MAX_VALUE / 2, total + size(r, sizes));
        }
        if (total > max) {
            throw new QueryException("$expand", -1, "the response would hold " + (total >= Long.MAX_VALUE / 2 ? "more than "
                    + Long.MAX_VALUE / 2 : total) + " entities with their expansions; this server writes at most " + max
                    + " in one response: expand less deeply, or lower $top inside $expand");
        }
    }

    private static long size(EntityRow row, java.util.Map<EntityRow, Long> sizes) {
        Long known = sizes.get(row);
        if (known != null) {
            return known;
        }
        long n = 1;
        for (Object related : row.expanded().values()) {
            if (related instanceof EntityRow r) {
                n += size(r, sizes);
            } else if (related instanceof EntitySet set) {
                for (EntityRow r : set.rows()) {
                    n = Math.min(Long.MAX_VALUE / 2, n + size(r, sizes));
                }
            }
            n = Math.min(Long.MAX_VALUE / 2, n);
        }
        sizes.put(row, n);
        return n;
    }

    /** Turns path expands ({@code Thing/Locations}) into nested ones and merges by navigation. */
    private static Map<Navigation, QueryOptions> group(EntityType type, List<Expand> expands) {
        Map<Navigation, QueryOptions> out = new LinkedHashMap<>();
        for (Expand x : expands) {
            Navigation nav = type.navigation(x.path().get(0));
            if (nav == null) {
                throw new QueryException("$expand", -1, "'" + x.path().get(0)
                        + "' is not a navigation property of " + type.singular());
            }
            QueryOptions o = x.path().size() == 1 ? x.options()
                    : withExpand(QueryOptions.none(), new Expand(x.path().subList(1, x.path().size()), x.options()));
            QueryOptions prev = out.get(nav);
            out.put(nav, prev == null ? o : merge(prev, o));
        }
        return out;
    }

    private static QueryOptions merge(QueryOptions a, QueryOptions b) {
        QueryOptions base = a.filter().isPresent() || a.top().isPresent() || !a.select().isEmpty() ? a : b;
        QueryOptions r = base;
        for (Expand x : (base == a ? b : a).expand()) {
            r = withExpand(r, x);
        }
        return r;
    }

    private static QueryOptions withExpand(QueryOptions o, Expand x) {
        List<Expand> all = new ArrayList<>(o.expand());
        all.add(x);
        return new QueryOptions(o.filter(), o.orderBy(), o.top(), o.skip(), o.count(), o.select(), all,
                o.resultFormat(), o.skipToken());
    }

    private void one(List<EntityRow> rows, Navigation nav, QueryOptions o) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        for (EntityRow r : rows) {
            if (r.key(nav.name()) != null) {
                ids.add(r.key(nav.name()));
            }
        }
        EntityType t = nav.target();
        Aliases aliases = new Aliases();
        String e = aliases.next();
        Columns cols = new Columns(t, o.select(), version);
        Sql q = new Sql("SELECT " + cols.select(e) + " FROM " + t.table() + " " + e + " WHERE " + e
                + ".id = ANY(").bind(ids.stream().mapToLong(Long::longValue).toArray()).add(")");
        if (o.filter().isPresent()) {
            q.add(" AND ").add(new ExprTranslator("$filter").condition(o.filter().get(), t, e, aliases));
        }
        Map<Long, EntityRow> byId = new HashMap<>();
        for (EntityRow r : reader().query(q, cols, 1)) {
            byId.put(r.id(), r);
        }
        expand(new ArrayList<>(byId.values()), t, o.expand());
        for (EntityRow r : rows) {
            Long k = r.key(nav.name());
            r.expand(nav.name(), k == null ? null : byId.get(k));
        }
    }

    private void many(List<EntityRow> rows, Navigation nav, QueryOptions o) throws SQLException {
        EntityType t = nav.target();
        Aliases aliases = new Aliases();
        String e = aliases.next();
        int top = reader().top(o);
        long skip = o.skip().orElse(0);
        Columns cols = new Columns(t, o.select(), version);
        Sql inner = new Sql("SELECT " + cols.select(e) + " FROM " + t.table() + " " + e + " WHERE ")
                .add(Joins.toSourceId(nav, new Sql("p.pid"), e, aliases));
        if (o.filter().isPresent()) {
            inner.add(" AND ").add(new ExprTranslator("$filter").condition(o.filter().get(), t, e, aliases));
        }
        List<Keyset.SortKey> keys = EntityReader.sortKeys(o, t, e, aliases);
        if (o.orderBy().isEmpty() && Links.ranked(nav)) {
            keys.add(0, new Keyset.SortKey(Links.rank(nav, new Sql("p.pid"), e), false, false));
        }
        if (o.orderBy().isEmpty() && EntityReader.isStreamOfObservations(nav.source(), t)) {
            keys.add(0, EntityReader.timeOrder(e));
        }
        inner.add(EntityReader.orderBy(keys)).add(" LIMIT ").bind(top + 1L).add(" OFFSET ").bind(skip);
        Sql q = new Sql("SELECT p.pid, " + cols.outer("x") + " FROM unnest(").bind(ids(rows))
                .add(") AS p(pid) CROSS JOIN LATERAL (").add(inner).add(") x");
        Map<Long, List<EntityRow>> children = new HashMap<>();
        List<EntityRow> all = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(q.text())) {
            q.bindTo(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<EntityRow> list = children.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    EntityRow child = cols.read(rs, 2);
                    if (list.size() < top) {
                        list.add(child);
                        all.add(child);
                    } else {
                        list.add(null); // marks that more follow
                    }
                }
            }
        }
        expand(all, t, o.expand());
        Map<Long, Long> counts = o.count() ? counts(rows, nav, o) : Map.of();
        for (EntityRow r : rows) {
            List<EntityRow> list = children.getOrDefault(r.id(), List.of());
            boolean more = list.size() > top;
            List<EntityRow> page = more ? list.subList(0, top) : list;
            r.expand(nav.name(), new EntitySet(page, o.count() ? counts.getOrDefault(r.id(), 0L) : null,
                    top, skip, more, null, o));
        }
    }

    private Map<Long, Long> counts(List<EntityRow> rows, Navigation nav, QueryOptions o) throws SQLException {
        EntityType t = nav.target();
        Aliases aliases = new Aliases();
        String e = aliases.next();
        Sql inner = new Sql("SELECT count(*) FROM " + t.table() + " " + e + " WHERE ")
                .add(Joins.toSourceId(nav, new Sql("p.pid"), e, aliases));
        if (o.filter().isPresent()) {
            inner.add(" AND ").add(new ExprTranslator("$filter").condition(o.filter().get(), t, e, aliases));
        }
        Sql q = new Sql("SELECT p.pid, (").add(inner).add(") FROM unnest(").bind(ids(rows)).add(") AS p(pid)");
        Map<Long, Long> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(q.text())) {
            q.bindTo(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    private static long[] ids(List<EntityRow> rows) {
        return rows.stream().mapToLong(EntityRow::id).distinct().toArray();
    }

    private EntityReader reader() {
        return new EntityReader(conn, version, settings);
    }

}
