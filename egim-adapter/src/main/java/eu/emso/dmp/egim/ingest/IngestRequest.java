package eu.emso.dmp.egim.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to ingest an input as. Immutable.
 *
 * @param format     the format identifier (see {@code eu.emso.dmp.egim.parse.Formats})
 * @param platform   the site id or code the data belongs to, or null to take it from the data
 * @param source     a name for the input (file or stream name), kept with quarantined lines
 * @param lineOffset added to the parser's line numbers (a stream ingested line by line)
 * @param options    format options: {@code instrument}, {@code parameter}, {@code unit} for
 *                   EMSODEV JSON, {@code sensor} for the serial number of a single-instrument
 *                   stream; copied
 */
public record IngestRequest(String format, String platform, String source, long lineOffset,
                            Map<String, String> options) {

    /** Checks format and source and copies the options. */
    public IngestRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** A request without options or line offset. */
    public static IngestRequest of(String format, String platform, String source) {
        return new IngestRequest(format, platform, source, 0, Map.of());
    }

    /** The same request for a unit further down the input. */
    public IngestRequest atOffset(long offset) {
        return new IngestRequest(format, platform, source, offset, options);
    }
}
