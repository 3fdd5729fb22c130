package eu.emso.dmp.server.federation;

import java.time.Instant;
import java.util.List;

/**
 * What one kind of remote server (SensorThings, SOS, ERDDAP) offers to the harvester: its series
 * and, page by page, their observations. A reader holds no watermark of its own: the harvester
 * passes where to continue from. Implementations are not required to be thread safe; one
 * harvest uses one reader at a time.
 */
public interface RemoteReader {

    /** Every series (platform × sensor × variable) the source offers, with its metadata. */
    List<RemoteSeries> series() throws RemoteException;

    /**
     * Observations of {@code series} whose phenomenon time (start) is at or after {@code from}
     * ({@code null}: from the beginning), oldest first, at most {@code max} of them. The page may
     * hold fewer than {@code max} even when more exist (a remote page, a time window);
     * {@link RemotePage#more()} tells whether to ask again, from the last time returned.
     */
    RemotePage observations(RemoteSeries series, Instant from, int max) throws RemoteException;
}
