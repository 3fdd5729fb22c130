package eu.emso.dmp.qc.qartod;

/**
 * A closed interval {@code [min, max]} of finite numbers, the "span" of the QARTOD configuration
 * (valid values, depths or period numbers).
 *
 * @param min lower bound, inclusive
 * @param max upper bound, inclusive, not below {@code min}
 */
public record Span(double min, double max) {

    /**
     * @throws IllegalArgumentException if a bound is not finite or {@code min > max}
     */
    public Span {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("span bounds must be finite: [" + min + ", " + max + "]");
        }
        if (min > max) {
            throw new IllegalArgumentException("span minimum exceeds maximum: [" + min + ", " + max + "]");
        }
    }

    /** Returns the span between two bounds given in any order, as ioos_qc sorts its spans. */
    public static Span sorted(double a, double b) {
        return a <= b ? new Span(a, b) : new Span(b, a);
    }

    /** Whether {@code v} lies within the span, bounds included; false for NaN. */
    public boolean contains(double v) {
        return v >= min && v <= max;
    }

    /** Whether {@code v} lies strictly outside the span; false for NaN. */
    public boolean excludes(double v) {
        return v < min || v > max;
    }

    /** Whether {@code other} lies entirely within this span. */
    public boolean encloses(Span other) {
        return other.min >= min && other.max <= max;
    }
}
