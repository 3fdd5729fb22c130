package eu.emso.dmp.qc.qartod;

/**
 * Configuration of the gross range test ({@code gross_range_test} in ioos_qc).
 *
 * @param failSpan values outside it FAIL (sensor limits)
 * @param suspectSpan values outside it but inside the fail span are SUSPECT (operator limits);
 *     {@code null} when not configured
 */
public record GrossRangeConfig(Span failSpan, Span suspectSpan) {

    /**
     * @throws IllegalArgumentException if the fail span is null or the suspect span is not within
     *     the fail span (ioos_qc: "Suspect span must fall within the Fail span")
     */
    public GrossRangeConfig {
        if (failSpan == null) {
            throw new IllegalArgumentException("fail_span is required");
        }
        if (suspectSpan != null && !failSpan.encloses(suspectSpan)) {
            throw new IllegalArgumentException(
                    "suspect_span " + suspectSpan + " must fall within fail_span " + failSpan);
        }
    }
}
