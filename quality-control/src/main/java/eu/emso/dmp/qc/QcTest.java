package eu.emso.dmp.qc;

import java.util.Optional;

/**
 * The QARTOD tests this module runs, named as in ioos_qc's configuration and results. The
 * declaration order is the order the runner applies and reports them.
 */
public enum QcTest {
    GROSS_RANGE("gross_range_test"),
    CLIMATOLOGY("climatology_test"),
    SPIKE("spike_test"),
    RATE_OF_CHANGE("rate_of_change_test"),
    FLAT_LINE("flat_line_test");

    private final String configName;

    QcTest(String configName) {
        this.configName = configName;
    }

    /** The ioos_qc name, e.g. {@code gross_range_test}: the configuration key and result name. */
    public String configName() {
        return configName;
    }

    /** Looks a test up by its ioos_qc name. */
    public static Optional<QcTest> byConfigName(String name) {
        for (QcTest t : values()) {
            if (t.configName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
