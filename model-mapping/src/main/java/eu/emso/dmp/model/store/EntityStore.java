package eu.emso.dmp.model.store;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.entity.Navigation;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.PathException;
import eu.emso.dmp.model.path.PathSegment;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.query.QueryOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The SensorThings entities in PostgreSQL/PostGIS: reads with the full query language, and
 * creates, updates, deletes and links, each in one transaction. Listeners hear of every change
 * after it has committed. Thread-safe.
 */
public final class EntityStore implements EntityOperations {
    private static final Pattern REF = Pattern.compile(".*/([A-Za-z]+)\\((\\d+)\\)$");
    private final Transactions tx;
    private final StoreSettings settings;
    private final Partitions partitions;
    private final ObservationWriter observations;
    private final List<Consumer<List<Change>>> listeners = new CopyOnWriteArrayList<>();

    /** A store whose observations pass {@code stages} (e.g. quality control) before they are written. */
    public EntityStore(DataSource dataSource, StoreSettings settings, List<ObservationStage> stages) {
        this.tx = new Transactions(dataSource);
        this.settings = settings;
        this.partitions = new Partitions(dataSource);
        this.observations = new ObservationWriter(partitions, stages);
    }

    public EntityStore(DataSource dataSource, StoreSettings settings) {
        this(dataSource, settings, List.of());
    }

    /**
     * Writes a batch of observations in one transaction through the write path; when this
     * returns, what it reports as created is durable. Duplicates are not stored again; conflicts
     * (another result at the same key) are reported, not stored.
     */
    public List<WriteOutcome> writeObservations(List<ObservationRow> rows) {
        ChangeLog log = new ChangeLog();
        List<WriteOutcome> out = tx.write(c -> observations.insert(c, rows));
        for (WriteOutcome o : out) {
            if (o.status() == WriteOutcome.Status.CREATED) {
                log.created(EntityType.OBSERVATION, o.id());
            }
        }
        publish(log);
        return out;
    }

    /**
     * Runs {@code work} in one database transaction: everything it does through the
     * {@link EntityTransaction} commits together when it returns, or not at all when it throws
     * (the exception is passed on). Listeners hear of the changes after the commit. On a
     * serialization failure or deadlock the work is run again from the start, so it must have no
     * effects outside the transaction other than ones it can repeat.
     */
    public <T> T inTransaction(java.util.function.Function<EntityTransaction, T> work) {
        ChangeLog[] log = new ChangeLog[1];
        T result = tx.write(c -> {
            log[0] = new ChangeLog();
            try {
                return work.apply(new EntityTransaction(c, this, settings, partitions, observations, log[0]));
            } catch (RuntimeException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof EntityTransaction.Retry r) {
                        throw r.sqlCause();
                    }
                }
                throw e;
            }
        });
        publish(log[0]);
        return result;
    }

    /** Registers a listener for committed changes, called on the writing thread. */
    public void onChange(Consumer<List<Change>> listener) {
        listeners.add(listener);
    }

    /** The page of the collection {@code path} addresses; 404 when its parent does not exist. */
    public EntitySet readCollection(Version v, ResourcePath path, QueryOptions o) {
        return tx.read(c -> {
            EntityReader r = new EntityReader(c, v, settings);
            if (path.parent() != null && !r.exists(path.parent())) {
                throw notFound(path.parent());
            }
            return r.collection(path, o);
        });
    }

    /** The entity {@code path} addresses; 404 when there is none. */
    public EntityRow readEntity(Version v, ResourcePath path, QueryOptions o) {
        EntityRow row = tx.read(c -> new EntityReader(c, v, settings).entity(path, o));
        if (row == null) {
            throw notFound(path);
        }
        return row;
    }

    /** Creates an entity in the collection {@code path} addresses; returns its id. */
    public long create(ResourcePath path, JsonNode body) {
        if (!path.isCollection()) {
            throw new InvalidEntityException("POST needs a collection path, such as "
                    + path.type().setName());
        }
        prepare(body);
        ChangeLog log = new ChangeLog();
        long id = tx.write(c -> {
            PathSegment last = path.last();
            Long parentId = null;
            if (path.parent() != null) {
                parentId = parentId(c, path.parent());
            }
            return new EntityWriter(c, observations, log).createAt(last.type(), body, last.via(), parentId);
        });
        publish(log);
        return id;
    }

    /** PATCH or PUT of the entity {@code path} addresses. */
    public void update(ResourcePath path, JsonNode body, boolean replace) {
        prepare(body);
        ChangeLog log = new ChangeLog();
        tx.write(c -> {
            long id = parentId(c, path);
            new EntityUpdater(c, partitions, log).update(path.type(), id, body, replace);
            return id;
        });
        publish(log);
    }

    /** Deletes the entity {@code path} addresses, with its cascades. */
    public void delete(ResourcePath path) {
        ChangeLog log = new ChangeLog();
        tx.write(c -> {
            long id = parentId(c, path);
            new EntityUpdater(c, partitions, log).delete(path.type(), id);
            return id;
        });
        publish(log);
    }

    /**
     * Adds a link (POST to {@code .../Nav/$ref}) or sets a to-one link (PUT to
     * {@code .../Nav/$ref}) given {@code {"@iot.id": n}} or {@code {"@iot.selfLink": url}}.
     */
    public void link(ResourcePath refPath, JsonNode body) {
        Navigation nav = refPath.last().via();
        if (nav == null) {
            throw new InvalidEntityException("a link needs a navigation path such as Things(1)/Locations/$ref");
        }
        Links.requireChangeable(nav);
        long target = referencedId(nav.target(), body);
        ChangeLog log = new ChangeLog();
        tx.write(c -> {
            long source = parentId(c, refPath.parent());
            Links.link(c, nav, source, target);
            if (nav.source() == EntityType.THING && nav.name().equals("Locations")) {
                Links.recordHistory(c, source);
            }
            log.updated(nav.source(), source);
            return source;
        });
        publish(log);
    }

    /** Removes a link: DELETE of {@code .../Nav(id)/$ref}. */
    public void unlink(ResourcePath refPath) {
        PathSegment last = refPath.last();
        if (last.via() == null || last.id() == null) {
            throw new InvalidEntityException("DELETE of a link needs a path such as Things(1)/Locations(2)/$ref");
        }
        tx.write(c -> {
            long source = parentId(c, refPath.parent());
            if (!Links.unlink(c, last.via(), source, last.id())) {
                throw notFound(refPath.entity());
            }
            return source;
        });
    }

    long parentId(java.sql.Connection c, ResourcePath path) throws java.sql.SQLException {
        Long id = path.last().id();
        EntityReader r = new EntityReader(c, Version.V11, settings);
        if (id == null || !r.exists(path)) {
            EntityRow row = id == null ? r.entity(path, QueryOptions.none()) : null;
            if (row == null) {
                throw notFound(path);
            }
            return row.id();
        }
        return id;
    }

    /** Creates the partitions a body's observations need before its transaction opens. */
    private void prepare(JsonNode body) {
        try {
            partitions.prepare(body);
        } catch (java.sql.SQLException e) {
            throw new StoreException("cannot create observation partitions", e);
        }
    }

    static long referencedId(EntityType type, JsonNode body) {
        Long id = body.isObject() && body.has("@iot.id") ? EntityWriter.reference(body) : null;
        if (id == null && body.isObject() && body.path("@iot.selfLink").isTextual()) {
            Matcher m = REF.matcher(body.get("@iot.selfLink").asText());
            if (m.matches() && type.setName().equals(m.group(1))) {
                id = Long.valueOf(m.group(2));
            }
        }
        if (id == null) {
            throw new InvalidEntityException("a link needs {\"@iot.id\": n} or {\"@iot.selfLink\": \".../"
                    + type.setName() + "(n)\"}");
        }
        return id;
    }

    static PathException notFound(ResourcePath path) {
        PathSegment s = path.last();
        return new PathException("no " + s.type().singular() + (s.id() != null ? " with id " + s.id() : "")
                + " at this path", false);
    }

    private void publish(ChangeLog log) {
        List<Change> changes = log.changes();
        for (Consumer<List<Change>> l : listeners) {
            l.accept(changes);
        }
    }
}
