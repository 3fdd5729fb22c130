package eu.emso.dmp.qc.qartod;

/** Validation shared by the test configuration records. */
final class Thresholds {

    private Thresholds() {
    }

    /**
     * @param name the configuration key, for the message
     * @param nanAllowed whether NaN (not configured) is accepted
     * @throws IllegalArgumentException if {@code value} is negative, infinite, or NaN when not allowed
     */
    static void requireNonNegative(String name, double value, boolean nanAllowed) {
        if (Double.isNaN(value)) {
            if (!nanAllowed) {
                throw new IllegalArgumentException(name + " is required");
            }
            return;
        }
        if (Double.isInfinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be a finite non-negative number, got " + value);
        }
    }
}
