package eu.emso.dmp.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianAndP99AreNearestRankOfTheSamplesInAnyOrder() {
        double[] samples = IntStream.rangeClosed(1, 200).map(i -> 201 - i).asDoubleStream().toArray();
        Stats s = Stats.of(samples);
        assertThat(s.median()).isEqualTo(100);
        assertThat(s.p99()).isEqualTo(198);
        assertThat(s.count()).isEqualTo(200);
    }

    @Test
    void fewSamplesGiveTheMaximumAsP99() {
        assertThat(Stats.of(new double[] {5, 1, 3}).p99()).isEqualTo(5);
        assertThat(Stats.of(new double[] {5, 1, 3}).median()).isEqualTo(3);
    }

    @Test
    void noSamplesIsRefused() {
        assertThatThrownBy(() -> Stats.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
