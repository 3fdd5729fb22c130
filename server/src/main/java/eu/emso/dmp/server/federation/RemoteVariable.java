package eu.emso.dmp.server.federation;

import java.util.Map;

/**
 * What a remote series measures (an ObservedProperty).
 *
 * @param name       the local name: the OceanSITES code where the remote gives or implies one
 * @param definition a vocabulary URI (NVS P01 where known, else the CF standard name URI), or
 *                   {@code null}
 * @param properties e.g. {@code standard_name}, {@code sdn_parameter_urn}
 */
public record RemoteVariable(String remoteId, String name, String definition, String description,
                             Map<String, Object> properties) {
}
