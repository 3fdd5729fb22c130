package eu.emso.dmp.server.federation;

/**
 * What one harvest run did. Immutable.
 *
 * @param run          the id of the run in the run history
 * @param observations observations stored
 * @param duplicates   observations read again (the overlap window, a repeated row) and already stored
 * @param conflicts    observations with another result than the one stored at their time (not stored)
 * @param rejected     remote observations the write path refused (e.g. no result), each named in the log
 * @param entities     local entities created (Things, Sensors, ObservedProperties, Datastreams)
 * @param series       series read
 * @param error        what went wrong, or null when the run ended well
 */
public record HarvestCounts(long run, long observations, long duplicates, long conflicts, long rejected,
                            long entities, int series,
                            String error) {
}
