package eu.emso.dmp.qc;

import eu.emso.dmp.qc.qartod.ClimatologyConfig;
import eu.emso.dmp.qc.qartod.FlatLineConfig;
import eu.emso.dmp.qc.qartod.GrossRangeConfig;
import eu.emso.dmp.qc.qartod.RateOfChangeConfig;
import eu.emso.dmp.qc.qartod.SpikeConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The QC configuration of one datastream: which QARTOD tests run and with which thresholds, the
 * typed form of ioos_qc's {@code {"qartod": {...}}} configuration (parse it with
 * {@link eu.emso.dmp.qc.config.QcConfigParser}). A {@code null} component means the test is not
 * configured and does not run.
 *
 * <p>Immutable and thread safe.
 *
 * @param grossRange {@code gross_range_test}, or null
 * @param climatology {@code climatology_test}, or null
 * @param spike {@code spike_test}, or null
 * @param rateOfChange {@code rate_of_change_test}, or null
 * @param flatLine {@code flat_line_test}, or null
 */
public record QcConfig(GrossRangeConfig grossRange, ClimatologyConfig climatology, SpikeConfig spike,
        RateOfChangeConfig rateOfChange, FlatLineConfig flatLine) {

    /** A configuration with no tests: every point aggregates to MISSING. */
    public static final QcConfig NONE = new QcConfig(null, null, null, null, null);

    /** The configured tests, in {@link QcTest} order. */
    public List<QcTest> tests() {
        List<QcTest> tests = new ArrayList<>(5);
        for (QcTest t : QcTest.values()) {
            if (has(t)) {
                tests.add(t);
            }
        }
        return List.copyOf(tests);
    }

    /** Whether a test is configured. */
    public boolean has(QcTest test) {
        return switch (test) {
            case GROSS_RANGE -> grossRange != null;
            case CLIMATOLOGY -> climatology != null;
            case SPIKE -> spike != null;
            case RATE_OF_CHANGE -> rateOfChange != null;
            case FLAT_LINE -> flatLine != null;
        };
    }
}
