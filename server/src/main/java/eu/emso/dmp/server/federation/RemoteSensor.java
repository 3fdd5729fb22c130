package eu.emso.dmp.server.federation;

import java.util.Map;

/**
 * The instrument behind a remote series.
 *
 * @param encodingType the STA encoding type of {@code metadata} (e.g. {@code application/pdf},
 *                     {@code http://www.opengis.net/sensorml/2.0}), or {@code null}
 * @param metadata     a URL or document describing it, or {@code null}
 */
public record RemoteSensor(String remoteId, String name, String description, String encodingType, String metadata,
                           Map<String, Object> properties) {
}
