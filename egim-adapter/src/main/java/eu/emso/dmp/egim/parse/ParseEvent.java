package eu.emso.dmp.egim.parse;

/**
 * One event produced by a {@link FormatParser}: either the outcome of one unit of input
 * ({@link LineOutcome}) or descriptive {@link Metadata} for the catalogue.
 *
 * <p>Implementations are immutable records and safe to share between threads.
 */
public sealed interface ParseEvent permits LineOutcome, Metadata {
}
