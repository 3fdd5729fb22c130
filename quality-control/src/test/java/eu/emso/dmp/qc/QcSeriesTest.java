package eu.emso.dmp.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.qc.qartod.GrossRangeConfig;
import eu.emso.dmp.qc.qartod.Span;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QcSeriesTest {

    @Test
    void callersCannotChangeASeriesOrAResultAfterTheFact() {
        double[] values = {1, 2};
        QcSeries series = QcSeries.ofEpochSeconds(new long[] {0, 10}, values);
        values[0] = 99;
        QcResult result = QcRunner.run(
                new QcConfig(new GrossRangeConfig(new Span(0, 10), null), null, null, null, null), series);
        result.flags(QcTest.GROSS_RANGE)[0] = 4;

        assertThat(series.value(0)).isEqualTo(1);
        assertThat(result.flag(QcTest.GROSS_RANGE, 0).code()).isEqualTo((byte) 1);
    }

    @Test
    void appendKeepsDepthsAndTimes() {
        QcSeries stored = QcSeries.ofInstants(List.of(Instant.ofEpochSecond(10)), new double[] {1});
        QcSeries fresh = QcSeries.ofEpochMillis(new long[] {20_000}, new double[] {2})
                .withDepths(new double[] {15});

        QcSeries both = stored.append(fresh);

        assertThat(both.size()).isEqualTo(2);
        assertThat(both.time(1)).isEqualTo(Instant.ofEpochSecond(20));
        assertThat(both.depth(0)).isNaN();
        assertThat(both.depth(1)).isEqualTo(15);
    }

    @Test
    void rejectsArraysOfDifferentLengths() {
        assertThatThrownBy(() -> QcSeries.ofEpochSeconds(new long[] {0}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultOfATestThatDidNotRunIsAnError() {
        QcResult result = QcRunner.run(QcConfig.NONE, QcSeries.ofEpochSeconds(new long[] {0}, new double[] {1}));

        assertThat(result.tests()).isEmpty();
        assertThat(result.aggregate()).containsExactly(9);
        assertThatThrownBy(() -> result.flags(QcTest.SPIKE)).isInstanceOf(IllegalArgumentException.class);
    }
}
