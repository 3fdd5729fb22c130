package eu.emso.dmp.qc.qartod;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateOfChangeTest {

    @Test
    void thresholdIsPerSecond() {
        long[] t = {0, 10_000, 20_000};
        double[] v = {12.0, 12.09, 12.3};

        assertThat(RateOfChange.flags(t, v, new RateOfChangeConfig(0.01))).containsExactly(1, 1, 3);
    }

    @Test
    void timeDifferencesAreTruncatedToWholeSecondsAsInTheReference() {
        long[] t = {0, 1_900, 2_400};
        double[] v = {0, 1.5, 1.6};

        // 1.5 over 1.9 s counts as 1 s (SUSPECT at 1.0/s); 0.1 over 0.5 s counts as 0 s
        assertThat(RateOfChange.flags(t, v, new RateOfChangeConfig(1.0))).containsExactly(1, 3, 3);
    }
}
