package eu.emso.dmp.qc.qartod;

/** Argument checks shared by the tests. */
final class Arrays2 {

    private Arrays2() {
    }

    static void requireSameLength(long[] times, double[] values) {
        if (times.length != values.length) {
            throw new IllegalArgumentException(
                    "times and values differ in length: " + times.length + " != " + values.length);
        }
    }
}
