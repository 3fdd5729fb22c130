package eu.emso.dmp.server.federation;

import java.time.Instant;

/**
 * One remote observation.
 *
 * @param remoteId        the remote's id of it, or {@code null} where the remote has none (ERDDAP)
 * @param phenomenonStart the phenomenon time, or the start of its interval
 * @param phenomenonEnd   the end of the interval, or {@code null} for an instant
 * @param resultTime      or {@code null}
 * @param result          a number, string, boolean or JSON-like value (Map/List)
 * @param remoteFlag      the source's own quality flag as the source wrote it (e.g. {@code "1"}
 *                        of an OceanSITES {@code _QC} column, a QARTOD flag), or {@code null}
 * @param latitude        where the observation was made when it differs from the platform's
 *                        position (a moving platform), else {@code null}
 * @param longitude       likewise
 */
public record RemoteObservation(String remoteId, Instant phenomenonStart, Instant phenomenonEnd, Instant resultTime,
                                Object result, String remoteFlag, Double latitude, Double longitude) {
}
