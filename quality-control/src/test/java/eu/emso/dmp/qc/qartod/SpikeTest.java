package eu.emso.dmp.qc.qartod;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpikeTest {

    @Test
    void seriesTooShortForNeighboursAreNotEvaluated() {
        SpikeConfig config = new SpikeConfig(1, 3);

        assertThat(Spike.flags(new double[] {}, config)).isEmpty();
        assertThat(Spike.flags(new double[] {100}, config)).containsExactly(2);
        assertThat(Spike.flags(new double[] {100, Double.NaN}, config)).containsExactly(2, 9);
    }

    @Test
    void anUnsetThresholdNeverFlags() {
        double[] v = {0, 10, 0};

        assertThat(Spike.flags(v, new SpikeConfig(Double.NaN, 3))).containsExactly(2, 4, 2);
        assertThat(Spike.flags(v, new SpikeConfig(3, Double.NaN))).containsExactly(2, 3, 2);
    }

    @Test
    void infiniteValuesAreMissing() {
        double[] v = {1, Double.POSITIVE_INFINITY, 1, 1};

        assertThat(Spike.flags(v, new SpikeConfig(1, 3))).containsExactly(2, 9, 9, 2);
    }
}
