package eu.emso.dmp.server.federation;

import java.util.Map;

/**
 * A platform of the remote (a Thing, an SOS feature's station, an ERDDAP station), with its
 * position when the remote gives one.
 *
 * @param remoteId   the remote's id of it, stable across harvests (used to map it locally)
 * @param latitude   WGS 84 degrees, or {@code null}
 * @param longitude  WGS 84 degrees, or {@code null}
 * @param properties extra metadata kept in the local Thing's {@code properties}
 */
public record RemotePlatform(String remoteId, String name, String description, Double latitude, Double longitude,
                             Map<String, Object> properties) {
}
