package eu.emso.dmp.server.federation;

/** A unit of measurement as STA carries it; {@code definition} is a vocabulary URI or {@code null}. */
public record RemoteUnit(String name, String symbol, String definition) {
}
