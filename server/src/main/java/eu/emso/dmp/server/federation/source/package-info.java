/**
 * What the remote source kinds share: fetching a remote document over HTTP with a deadline and
 * an honest classification of failures ({@link eu.emso.dmp.server.federation.source.Fetch}),
 * and the mapping of remote parameter names onto OceanSITES codes and NVS P01 URIs
 * ({@link eu.emso.dmp.server.federation.source.Parameters}).
 */
package eu.emso.dmp.server.federation.source;
