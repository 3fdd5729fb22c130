package eu.emso.dmp.bench;

import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.model.store.StoreSettings;
import eu.emso.dmp.model.store.WriteOutcome;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Loads the observations of a {@link DataSet} into our server through the one write path,
 * {@link EntityStore#writeObservations}, in batches, in this process and over the same database
 * the server uses; the elapsed time gives the {@code bulk} figure. Every observation carries
 * {@code resultQuality {"qc_flag":1}} so that the QC-flag filter has something to find.
 * Stateless.
 */
public final class ObservationLoader {
    /** Observations per call of the write path. */
    public static final int BATCH = 10_000;
    static final String QUALITY = "{\"qc_flag\":1}";

    private ObservationLoader() {
    }

    /**
     * Writes every observation; the rate in observations per second.
     *
     * @throws IllegalStateException if the write path reports anything but CREATED
     */
    public static double loadOurs(DataSource db, DataSet data, Catalogue ids) {
        EntityStore store = new EntityStore(db, StoreSettings.defaults());
        long start = System.nanoTime();
        long written = 0;
        List<DataSet.Stream> streams = data.streams();
        for (int s = 0; s < streams.size(); s++) {
            DataSet.Stream stream = streams.get(s);
            long ds = ids.datastreams().get(s);
            long foi = ids.features().get(stream.thing());
            for (long from = 0; from < stream.count(); from += BATCH) {
                List<ObservationRow> batch = new ArrayList<>(BATCH);
                for (long i = from; i < Math.min(stream.count(), from + BATCH); i++) {
                    batch.add(ObservationRow.number(ds, foi, stream.time(i).atOffset(ZoneOffset.UTC), stream.value(i), null)
                            .withQuality(QUALITY, (short) 1));
                }
                for (WriteOutcome o : store.writeObservations(batch)) {
                    if (o.status() != WriteOutcome.Status.CREATED) {
                        throw new IllegalStateException("write path answered " + o.status() + " for a new observation");
                    }
                }
                written += batch.size();
            }
        }
        return written / seconds(start);
    }

    static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }
}
