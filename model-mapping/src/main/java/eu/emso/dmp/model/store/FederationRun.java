package eu.emso.dmp.model.store;

import java.time.Instant;

/**
 * A row of {@code federation_runs}: one harvest of a source. Immutable.
 *
 * @param outcome      {@code running}, {@code ok}, {@code failed}, or {@code interrupted} for a run
 *                     whose process stopped before it ended
 * @param ended        or null while running
 * @param error        what went wrong, or null
 * @param observations observations stored by the run
 * @param duplicates   observations the run read again and found already stored
 * @param conflicts    observations whose result differs from the one stored at their time (not stored)
 * @param entities     local entities the run created
 */
public record FederationRun(long id, String source, Instant started, Instant ended, String outcome, String error,
                            long observations, long duplicates, long conflicts, long entities) {
}
