/**
 * Parsers for the instrument and file formats an EGIM ingest meets.
 *
 * <p>Every parser turns one input (a stream or a file) into a sequence of {@link
 * eu.emso.dmp.egim.parse.ParseEvent}s. For each unit of the input the parser emits exactly one
 * {@link eu.emso.dmp.egim.parse.LineOutcome}: a {@link eu.emso.dmp.egim.parse.RawRecord} for
 * data, a {@link eu.emso.dmp.egim.parse.Skipped} for text that is not data (headers, logger
 * status, blank lines) or a {@link eu.emso.dmp.egim.parse.Rejected} for damaged data, which
 * keeps the raw text and the reason so it can be quarantined and replayed. A unit is one text
 * line, except where a parser documents otherwise (a multi-line XML sample, a NetCDF data point,
 * a JSON observation). {@link eu.emso.dmp.egim.parse.Metadata} events carry descriptive headers
 * for the catalogue and account for no unit.
 *
 * <p>Parsers stream: memory use does not grow with the size of the input. They know nothing of
 * the database or the ingest pipeline; they only produce records.
 */
package eu.emso.dmp.egim.parse;
