package eu.emso.dmp.model.store;

import java.time.Duration;
import java.time.Instant;

/**
 * A row of {@code federation_sources}: one remote server harvested into this one. Immutable.
 *
 * @param lockKey the number the harvest lock of this source is taken on (see {@link FederationStore#tryLock})
 * @param kind    {@code sta}, {@code sos} or {@code erddap}
 * @param dataset an ERDDAP dataset id or SOS offerings, or null
 * @param filter  a SensorThings {@code $filter} on Datastreams, or null
 * @param every   the interval of scheduled runs, or null when run only by hand
 * @param created when it was added (null before it is stored)
 */
public record FederationSource(long lockKey, String name, String kind, String url, String dataset, String filter,
                               Duration every, boolean enabled, Instant created) {
}
