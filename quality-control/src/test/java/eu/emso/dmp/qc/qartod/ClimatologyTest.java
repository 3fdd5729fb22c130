package eu.emso.dmp.qc.qartod;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClimatologyTest {

    private static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void laterMatchingMembersOverrideEarlierOnes() {
        ClimatologyConfig config = new ClimatologyConfig(List.of(
                new ClimatologyMember(new Span(1, 12), new Span(0, 10), null, null, ClimatologyPeriod.MONTH),
                new ClimatologyMember(new Span(7, 7), new Span(20, 30), null, null, ClimatologyPeriod.MONTH)));
        long[] t = {millis("2020-07-15T00:00:00Z"), millis("2020-08-15T00:00:00Z")};

        assertThat(Climatology.flags(t, new double[] {25, 25}, null, config)).containsExactly(1, 3);
    }

    @Test
    void membersWithoutDepthSkipPointsWithDepth() {
        ClimatologyConfig config = new ClimatologyConfig(List.of(
                new ClimatologyMember(new Span(1, 4), new Span(0, 10), null, null, ClimatologyPeriod.QUARTER)));
        long[] t = {0, 0};

        assertThat(Climatology.flags(t, new double[] {5, 5}, new double[] {Double.NaN, 20}, config))
                .containsExactly(1, 2);
    }

    @Test
    void weekAndDayPeriodsFollowPandas() {
        // 2021-01-03 is a Sunday in ISO week 53 of 2020
        long[] t = {millis("2021-01-03T23:59:59Z")};
        double[] v = {5};

        assertThat(flagsFor(ClimatologyPeriod.WEEK_OF_YEAR, 53, t, v)).containsExactly(1);
        assertThat(flagsFor(ClimatologyPeriod.DAY_OF_WEEK, 6, t, v)).containsExactly(1);
        assertThat(flagsFor(ClimatologyPeriod.DAY_OF_YEAR, 3, t, v)).containsExactly(1);
        assertThat(flagsFor(ClimatologyPeriod.DAY_OF_YEAR, 4, t, v)).containsExactly(2);
    }

    private static byte[] flagsFor(ClimatologyPeriod period, int value, long[] t, double[] v) {
        ClimatologyConfig config = new ClimatologyConfig(List.of(
                new ClimatologyMember(new Span(value, value), new Span(0, 10), null, null, period)));
        return Climatology.flags(t, v, null, config);
    }
}
