package eu.emso.dmp.server.federation;

import java.util.Map;

/**
 * One time series of the remote: becomes (or updates) one local Datastream with its Thing, Sensor
 * and ObservedProperty.
 *
 * @param remoteId        the remote's id of the series (STA Datastream id, SOS
 *                        offering/procedure/observedProperty/feature, ERDDAP dataset/station/variable),
 *                        stable across harvests
 * @param observationType the O&amp;M observation type URI, e.g. {@code ...OM_Measurement}
 * @param properties      extra metadata for the Datastream's {@code properties}
 */
public record RemoteSeries(String remoteId, String name, String description, RemotePlatform platform,
                           RemoteSensor sensor, RemoteVariable variable, RemoteUnit unit, String observationType,
                           Map<String, Object> properties) {
}
