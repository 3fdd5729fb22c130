package eu.emso.dmp.qc.qartod;

/**
 * One member (window) of a climatology: where time and depth fall in its spans, values outside
 * {@code valueSpan} are SUSPECT and values outside {@code failSpan} FAIL. Mirrors a member of
 * ioos_qc's {@code ClimatologyConfig} ({@code tspan}, {@code vspan}, {@code fspan},
 * {@code zspan}, {@code period}). All spans include their bounds.
 *
 * @param timeSpan with a period, bounds in that period's unit (for example months 1..12);
 *     without, absolute bounds in epoch seconds (UTC)
 * @param valueSpan expected values (ioos_qc {@code vspan})
 * @param failSpan values outside it FAIL (ioos_qc {@code fspan}), or {@code null}
 * @param depthSpan depths in metres, positive down (ioos_qc {@code zspan}), or {@code null}: a
 *     member with a depth span applies only to points with a depth inside it, a member without
 *     one only to points without a depth
 * @param period calendar field of {@code timeSpan}, or {@code null} for absolute times
 */
public record ClimatologyMember(Span timeSpan, Span valueSpan, Span failSpan, Span depthSpan,
        ClimatologyPeriod period) {

    /** @throws IllegalArgumentException if the time or value span is null */
    public ClimatologyMember {
        if (timeSpan == null) {
            throw new IllegalArgumentException("tspan is required");
        }
        if (valueSpan == null) {
            throw new IllegalArgumentException("vspan is required");
        }
    }

    /** Whether the member applies to a depth (NaN for a point without depth). */
    boolean appliesToDepth(double depth) {
        if (depthSpan == null) {
            return !Double.isFinite(depth);
        }
        return depthSpan.contains(depth);
    }
}
