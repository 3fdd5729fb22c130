package eu.emso.dmp.egim.ingest;

/**
 * The acknowledgement of one unit of a live stream, given once its outcome is durable.
 * Immutable.
 *
 * @param lineNumber   the unit's (first) line number
 * @param lineSpan     the number of lines it covers
 * @param observations its values stored now
 * @param duplicates   its values found already stored
 * @param quarantined  quarantine entries it produced (the unit itself, or conflicting values)
 * @param skipped      whether it was not data
 */
public record UnitAck(long lineNumber, long lineSpan, long observations, long duplicates, long quarantined,
                      boolean skipped) {
}
