package eu.emso.dmp.server.federation;

import java.util.List;

/** One page of a series' observations, oldest first; {@code more} when the remote has more after it. */
public record RemotePage(List<RemoteObservation> observations, boolean more) {
}
