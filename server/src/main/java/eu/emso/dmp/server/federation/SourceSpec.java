package eu.emso.dmp.server.federation;

import java.net.URI;
import java.time.Duration;

/**
 * One configured remote source, as {@code dmp federation add} records it.
 *
 * @param name    the local name of the source (unique)
 * @param kind    the kind of remote server
 * @param url     the service root: STA {@code .../v1.1}, SOS {@code .../service}, ERDDAP
 *                {@code .../erddap}
 * @param dataset ERDDAP dataset id; SOS offerings, comma separated; {@code null} otherwise (SOS:
 *                every offering)
 * @param filter  STA {@code $filter} on Datastreams; {@code null} for none
 * @param every   interval between scheduled runs; {@code null} when only run by hand
 */
public record SourceSpec(String name, SourceKind kind, URI url, String dataset, String filter, Duration every) {
}
