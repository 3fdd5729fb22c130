package eu.emso.dmp.egim.parse;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A data unit parsed into measurements that share one time (and instrument).
 * Immutable and thread-safe.
 *
 * @param lineNumber   1-based line number (or unit ordinal, see {@link LineOutcome})
 * @param rawText      the unit as read
 * @param time         the sample time in UTC, or {@code null} when the source carries none (an
 *                     instrument line without logger timestamp: the caller supplies the
 *                     reception time)
 * @param instrument   the instrument model as the data states it, or {@code null}
 * @param sensorId     the instrument serial number or sensor identifier, or {@code null}
 * @param measurements the values, at least one; copied
 */
public record RawRecord(long lineNumber, String rawText, Instant time, String instrument,
                        String sensorId, List<Measurement> measurements) implements LineOutcome {

    /** Copies the measurements and checks that there is at least one. */
    public RawRecord {
        Objects.requireNonNull(rawText, "rawText");
        measurements = List.copyOf(measurements);
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("a record needs at least one measurement");
        }
    }

    /** The first measurement of the given parameter, or {@code null} if there is none. */
    public Measurement measurement(String parameter) {
        return measurements.stream().filter(m -> m.parameter().equals(parameter)).findFirst().orElse(null);
    }
}
