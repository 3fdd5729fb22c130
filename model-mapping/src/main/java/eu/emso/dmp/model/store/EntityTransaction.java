package eu.emso.dmp.model.store;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.entity.Navigation;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.PathSegment;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.query.QueryOptions;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Entity operations that share one database transaction: what an atomicity group of a batch
 * request needs (OGC 18-088, 11; OData 4.01 change sets). Obtained only inside
 * {@link EntityStore#inTransaction}; everything done through it commits when that work returns
 * and rolls back when it throws. Reads see the transaction's own writes. Change listeners hear
 * of the changes after the commit. Not thread-safe, and not usable after the work returns.
 */
public final class EntityTransaction implements EntityOperations {
    private final Connection c;
    private final EntityStore store;
    private final StoreSettings settings;
    private final Partitions partitions;
    private final ObservationWriter observations;
    private final ChangeLog log;

    EntityTransaction(Connection c, EntityStore store, StoreSettings settings, Partitions partitions,
                      ObservationWriter observations, ChangeLog log) {
        this.c = c;
        this.store = store;
        this.settings = settings;
        this.partitions = partitions;
        this.observations = observations;
        this.log = log;
    }

    /** A database failure the whole transaction should be tried again for (serialization, deadlock). */
    static final class Retry extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Retry(SQLException cause) {
            super(cause);
        }

        SQLException sqlCause() {
            return (SQLException) getCause();
        }
    }

    private interface Step<T> {
        T run() throws SQLException;
    }

    private <T> T run(Step<T> step) {
        try {
            return step.run();
        } catch (SQLException e) {
            if (Transactions.retryable(e)) {
                throw new Retry(e);
            }
            throw Transactions.translate(e, false);
        }
    }

    @Override
    public EntitySet readCollection(Version v, ResourcePath path, QueryOptions o) {
        return run(() -> collection(v, path, o));
    }

    @Override
    public EntityRow readEntity(Version v, ResourcePath path, QueryOptions o) {
        return run(() -> entity(v, path, o));
    }

    /** The page a collection path addresses; 404 when its parent does not exist. */
    EntitySet collection(Version v, ResourcePath path, QueryOptions o) throws SQLException {
        EntityReader r = new EntityReader(c, v, settings);
        if (path.parent() != null && !r.exists(path.parent())) {
            throw EntityStore.notFound(path.parent());
        }
        return r.collection(path, o);
    }

    /** The entity a path addresses; 404 when there is none. */
    EntityRow entity(Version v, ResourcePath path, QueryOptions o) throws SQLException {
        EntityRow row = new EntityReader(c, v, settings).entity(path, o);
        if (row == null) {
            throw EntityStore.notFound(path);
        }
        return row;
    }

    @Override
    public long create(ResourcePath path, JsonNode body) {
        if (!path.isCollection()) {
            throw new InvalidEntityException("POST needs a collection path, such as " + path.type().setName());
        }
        return run(() -> {
            PathSegment last = path.last();
            Long parentId = path.parent() == null ? null : store.parentId(c, path.parent());
            return new EntityWriter(c, observations, log).createAt(last.type(), body, last.via(), parentId);
        });
    }

    @Override
    public void update(ResourcePath path, JsonNode body, boolean replace) {
        run(() -> {
            new EntityUpdater(c, partitions, log).update(path.type(), store.parentId(c, path), body, replace);
            return null;
        });
    }

    @Override
    public void delete(ResourcePath path) {
        run(() -> {
            new EntityUpdater(c, partitions, log).delete(path.type(), store.parentId(c, path));
            return null;
        });
    }

    @Override
    public void link(ResourcePath refPath, JsonNode body) {
        Navigation nav = refPath.last().via();
        if (nav == null) {
            throw new InvalidEntityException("a link needs a navigation path such as Things(1)/Locations/$ref");
        }
        Links.requireChangeable(nav);
        long target = EntityStore.referencedId(nav.target(), body);
        run(() -> {
            long source = store.parentId(c, refPath.parent());
            Links.link(c, nav, source, target);
            if (nav.source() == EntityType.THING && nav.name().equals("Locations")) {
                Links.recordHistory(c, source);
            }
            log.updated(nav.source(), source);
            return null;
        });
    }

    @Override
    public void unlink(ResourcePath refPath) {
        PathSegment last = refPath.last();
        if (last.via() == null || last.id() == null) {
            throw new InvalidEntityException("DELETE of a link needs a path such as Things(1)/Locations(2)/$ref");
        }
        run(() -> {
            if (!Links.unlink(c, last.via(), store.parentId(c, refPath.parent()), last.id())) {
                throw EntityStore.notFound(refPath.entity());
            }
            return null;
        });
    }

    /**
     * The FeatureOfInterest an Observation of the Datastream gets when it names none: the one
     * generated from the Location of the Datastream's Thing, created on first use
     * (OGC 18-088, 10.2.2). 400 when the Thing has no Location.
     */
    public long defaultFeature(long datastreamId) {
        return run(() -> Features.forStream(c, "datastreams", datastreamId));
    }

    /** As {@link #defaultFeature(long)}, for an Observation of a MultiDatastream. */
    public long defaultFeatureOfMulti(long multiDatastreamId) {
        return run(() -> Features.forStream(c, "multi_datastreams", multiDatastreamId));
    }

    /** The map of harvested remote entities to local ones, in this transaction (see {@link RemoteIds}). */
    public RemoteIds remoteIds() {
        return new RemoteIds(c);
    }
}
