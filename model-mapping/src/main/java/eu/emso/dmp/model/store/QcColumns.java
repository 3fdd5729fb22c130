package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.Property;
import java.util.List;

/**
 * How quality control's flags are stored compactly and read back as {@code resultQuality}
 * (migration {@code V6__compact_quality.sql}): the aggregate flag in {@code qc_flag}, the flag of
 * each QARTOD test in 4 bits of {@code qc_tests} (slot {@code k} in bits {@code 4k..4k+3} for the
 * test {@link #TESTS}{@code .get(k)}, 0 when the test did not run), the configuration version (12
 * hex digits) as a number in {@code qc_config}, and only the other members in
 * {@code result_quality}. A row whose {@code qc_tests} is null keeps its whole resultQuality in
 * {@code result_quality}. Stateless.
 */
public final class QcColumns {
    /** The tests in slot order; fixed by the schema's {@code dmp_result_quality}. */
    public static final List<String> TESTS = List.of("gross_range_test", "climatology_test", "spike_test",
            "rate_of_change_test", "flat_line_test");
    private static final int BITS = 4;
    private static final int VERSION_DIGITS = 12;

    private QcColumns() {
    }

    /** The slot of a test by its ioos_qc name. */
    public static int slot(String test) {
        int slot = TESTS.indexOf(test);
        if (slot < 0) {
            throw new IllegalArgumentException("no storage slot for quality control test " + test);
        }
        return slot;
    }

    /** {@code packed} with the flag of the test in {@code slot} set to {@code flag} (1 to 15). */
    public static int pack(int packed, int slot, int flag) {
        if (flag < 1 || flag > 15) {
            throw new IllegalArgumentException("flag " + flag + " does not fit the compact storage");
        }
        int shift = BITS * slot;
        return packed & ~(15 << shift) | flag << shift;
    }

    /** A configuration version (12 lower-case hex digits) as stored in {@code qc_config}. */
    public static long version(String hex) {
        if (hex.length() != VERSION_DIGITS || !hex.equals(hex.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("not a configuration version: " + hex);
        }
        return Long.parseLong(hex, 16);
    }

    /** Whether {@code p} is an Observation's {@code resultQuality}, which reads compose. */
    static boolean isResultQuality(Property p) {
        return "result_quality".equals(p.column());
    }

    /** The {@code resultQuality} (jsonb) of the observation row {@code alias}. */
    static String resultQuality(String alias) {
        return "dmp_result_quality(" + alias + ".qc_flag, " + alias + ".qc_tests, " + alias + ".qc_config, "
                + alias + ".result_quality)";
    }
}
