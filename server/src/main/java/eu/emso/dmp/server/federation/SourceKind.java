package eu.emso.dmp.server.federation;

/** The kinds of remote servers the harvester reads, named as {@code --kind} names them. */
public enum SourceKind {
    STA, SOS, ERDDAP
}
