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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
    private final SeriesRollups rollups;
    private final GroupCommit singles = new GroupCommit(this::writeObservations);
    private final List<Consumer<List<Change>>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean keepChanges;
    private volatile WriteListener writes = (rows, nanos) -> { };

    /** A store whose observations pass {@code stages} (e.g. quality control) before they are written. */
    public EntityStore(DataSource dataSource, StoreSettings settings, List<ObservationStage> stages) {
        this.tx = new Transactions(dataSource, settings.readTimeout());
        this.settings = settings;
        this.partitions = new Partitions(dataSource);
        this.observations = new ObservationWriter(partitions, stages);
        this.rollups = new SeriesRollups(tx);
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
        try {
            partitions.prepare(rows.stream().map(ObservationRow::phenomenonStart).toList());
        } catch (java.sql.SQLException e) {
            throw new StoreException("cannot create observation partitions", e);
        }
        ChangeLog[] log = new ChangeLog[1];
        long start = System.nanoTime();
        List<WriteOutcome> out = tx.write(c -> {
            List<WriteOutcome> written = observations.insert(c, rows);
            log[0] = new ChangeLog();
            for (WriteOutcome o : written) {
                if (o.status() == WriteOutcome.Status.CREATED) {
                    log[0].created(EntityType.OBSERVATION, o.id());
                }
            }
            keep(c, log[0]);
            return written;
        });
        writes.committed(rows.size(), System.nanoTime() - start);
        publish(log[0]);
        return out;
    }

    /**
     * Tells {@code listener} of every committed batch of the observation write path (the group
     * commit of single creates and every ingest batch alike); replaces the previous listener.
     */
    public void onWrite(WriteListener listener) {
        writes = java.util.Objects.requireNonNull(listener);
    }

    /**
     * From now on every transaction also records its changes in the transactional outbox, from
     * which {@link #relayChanges} publishes them: called by a notifier (MQTT) before it relays.
     */
    public void keepChanges() {
        keepChanges = true;
    }

    /**
     * Takes up to {@code maxRows} of the oldest recorded transactions' changes that no other node
     * is relaying, hands them to {@code publish} and forgets them once it returns; when it throws,
     * they stay recorded and are handed out again later (so a change may be published twice,
     * never lost). Returns the number of transactions relayed.
     */
    public int relayChanges(int maxRows, Consumer<List<Change>> publish) {
        return tx.write(c -> {
            List<Outbox.Row> rows = Outbox.claim(c, maxRows);
            if (rows.isEmpty()) {
                return 0;
            }
            List<Change> changes = new java.util.ArrayList<>();
            rows.forEach(r -> changes.addAll(r.changes()));
            publish.accept(changes);
            Outbox.delete(c, rows.stream().map(Outbox.Row::seq).toList());
            return rows.size();
        });
    }

    private void keep(java.sql.Connection c, ChangeLog log) throws java.sql.SQLException {
        if (keepChanges) {
            Outbox.append(c, log.changes());
        }
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
                T r = work.apply(new EntityTransaction(c, this, settings, partitions, observations, log[0]));
                keep(c, log[0]);
                return r;
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

    /**
     * The series of these Datastreams: for each FeatureOfInterest a Datastream has observations
     * of, their phenomenon time range, read from the aggregates the write path keeps (one row per
     * pair, no observation is read). Ordered by Datastream and feature id.
     */
    public List<SeriesAvailability> seriesAvailability(java.util.Collection<Long> datastreamIds) {
        if (datastreamIds.isEmpty()) {
            return List.of();
        }
        return tx.read(c -> DatastreamAggregates.series(c, datastreamIds));
    }

    /**
     * Datastream {@code id}'s numeric results in {@code n} time buckets from {@code from} to
     * {@code to} (null: its phenomenon time), without bad (QARTOD 4) ones when {@code hideBad};
     * empty when the Datastream does not exist.
     */
    public Optional<Buckets> buckets(long id, Instant from, Instant to, int n, boolean hideBad) {
        SeriesBuckets.Read read = tx.read(c -> SeriesBuckets.read(c, id, from, to, n, hideBad));
        if (read == null) {
            return Optional.empty();
        }
        rollups.request(id, read.unrolled());
        return Optional.of(read.buckets());
    }

    /**
     * Waits until the roll-ups that {@link #buckets} reads asked for are written (they are written
     * in the background); false when {@code timeout} passed first.
     */
    public boolean awaitRollups(java.time.Duration timeout) throws InterruptedException {
        return rollups.awaitIdle(timeout);
    }

    /** Registers a listener for committed changes, called on the writing thread. */
    public void onChange(Consumer<List<Change>> listener) {
        listeners.add(listener);
    }

    /** The statistics per interval of one Datastream, in time order (see {@link IntervalStatistics}). */
    public void statistics(IntervalStatistics.Query q, Consumer<IntervalStatistics.Bin> sink) {
        tx.read(c -> {
            IntervalStatistics.read(c, q, sink);
            return null;
        });
    }

    /** The page of the collection {@code path} addresses; 404 when its parent does not exist. */
    @Override
    public EntitySet readCollection(Version v, ResourcePath path, QueryOptions o) {
        return tx.read(c -> new EntityTransaction(c, this, settings, partitions, observations, new ChangeLog())
                .collection(v, path, o));
    }

    /** The entity {@code path} addresses; 404 when there is none. */
    @Override
    public EntityRow readEntity(Version v, ResourcePath path, QueryOptions o) {
        return tx.read(c -> new EntityTransaction(c, this, settings, partitions, observations, new ChangeLog())
                .entity(v, path, o));
    }

    /**
     * Creates an entity in the collection {@code path} addresses, in its own transaction; returns
     * its id. An Observation that names only existing entities is resolved first and then stored
     * by group commit together with the single Observations other clients create at the same time.
     */
    @Override
    public long create(ResourcePath path, JsonNode body) {
        prepare(body);
        if (path.type() == EntityType.OBSERVATION && path.isCollection()) {
            ObservationRow row = tx.readForWrite(c -> new EntityWriter(c, observations, new ChangeLog())
                    .observationRow(body, path.last().via(), path.parent() == null ? null : parentId(c, path.parent())));
            if (row != null) {
                return EntityWriter.storedId(row, singles.write(row));
            }
        }
        return inTransaction(t -> t.create(path, body));
    }

    /** PATCH or PUT of the entity {@code path} addresses, in its own transaction. */
    @Override
    public void update(ResourcePath path, JsonNode body, boolean replace) {
        prepare(body);
        inTransaction(t -> {
            t.update(path, body, replace);
            return null;
        });
    }

    /** Deletes the entity {@code path} addresses, with its cascades, in its own transaction. */
    @Override
    public void delete(ResourcePath path) {
        inTransaction(t -> {
            t.delete(path);
            return null;
        });
    }

    /**
     * Adds a link (POST to {@code .../Nav/$ref}) or sets a to-one link (PUT to
     * {@code .../Nav/$ref}) given {@code {"@iot.id": n}} or {@code {"@iot.selfLink": url}}.
     */
    @Override
    public void link(ResourcePath refPath, JsonNode body) {
        inTransaction(t -> {
            t.link(refPath, body);
            return null;
        });
    }

    /** Removes a link: DELETE of {@code .../Nav(id)/$ref}. */
    @Override
    public void unlink(ResourcePath refPath) {
        inTransaction(t -> {
            t.unlink(refPath);
            return null;
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
