package eu.emso.dmp.qc.flag;

import java.util.List;

/**
 * The QARTOD primary quality flags (IOOS QARTOD manuals, "primary level flags"), each with the
 * byte code stored beside every observation.
 *
 * <p>{@link #aggregate(List)} combines the flags of several tests into one flag per point with the
 * precedence FAIL &gt; SUSPECT &gt; GOOD &gt; UNKNOWN &gt; MISSING, as the reference implementation
 * ioos_qc does in {@code qartod_compare}: a point is UNKNOWN only when no test evaluated it and
 * MISSING only when every test found it missing.
 *
 * <p>Immutable and thread safe.
 */
public enum QartodFlag {
    /** Data passed the test. */
    GOOD(1),
    /** The test was not evaluated for this point (also "not evaluated" in the manuals). */
    UNKNOWN(2),
    /** Data is questionable and needs review. */
    SUSPECT(3),
    /** Data failed the test. */
    FAIL(4),
    /** The value is missing (null, NaN or infinite). */
    MISSING(9);

    private final byte code;

    QartodFlag(int code) {
        this.code = (byte) code;
    }

    /** Returns the numeric flag value (1, 2, 3, 4 or 9). */
    public byte code() {
        return code;
    }

    /**
     * Returns the flag with the given numeric code.
     *
     * @throws IllegalArgumentException if the code is not a QARTOD primary flag
     */
    public static QartodFlag fromCode(int code) {
        return switch (code) {
            case 1 -> GOOD;
            case 2 -> UNKNOWN;
            case 3 -> SUSPECT;
            case 4 -> FAIL;
            case 9 -> MISSING;
            default -> throw new IllegalArgumentException("not a QARTOD flag code: " + code);
        };
    }

    /**
     * Combines per-test flag arrays into one aggregate flag per point by precedence
     * FAIL &gt; SUSPECT &gt; GOOD &gt; UNKNOWN &gt; MISSING. Codes that are not QARTOD flags are
     * ignored; a point no array has a valid code for is MISSING, as are all points when the list
     * is empty and {@code size} is positive.
     *
     * @param perTest flag codes of each test, all of length {@code size}
     * @param size number of points
     * @return a new array of aggregate flag codes
     * @throws IllegalArgumentException if an array's length differs from {@code size}
     */
    public static byte[] aggregate(List<byte[]> perTest, int size) {
        byte[] result = new byte[size];
        int[] rank = new int[size];
        for (byte[] flags : perTest) {
            if (flags.length != size) {
                throw new IllegalArgumentException(
                        "flag arrays differ in length: " + flags.length + " != " + size);
            }
            for (int i = 0; i < size; i++) {
                int r = rank(flags[i]);
                if (r > rank[i]) {
                    rank[i] = r;
                }
            }
        }
        for (int i = 0; i < size; i++) {
            result[i] = codeOfRank(rank[i]);
        }
        return result;
    }

    /** Aggregates per-test flag arrays of equal, non-zero length; see {@link #aggregate(List, int)}. */
    public static byte[] aggregate(List<byte[]> perTest) {
        if (perTest.isEmpty()) {
            throw new IllegalArgumentException("no flag arrays to aggregate");
        }
        return aggregate(perTest, perTest.get(0).length);
    }

    /** Precedence rank: 0 for MISSING and unknown codes, up to 4 for FAIL. */
    private static int rank(byte code) {
        return switch (code) {
            case 2 -> 1;
            case 1 -> 2;
            case 3 -> 3;
            case 4 -> 4;
            default -> 0;
        };
    }

    private static byte codeOfRank(int rank) {
        return switch (rank) {
            case 1 -> 2;
            case 2 -> 1;
            case 3 -> 3;
            case 4 -> 4;
            default -> 9;
        };
    }
}
