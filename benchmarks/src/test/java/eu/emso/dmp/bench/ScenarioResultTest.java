package eu.emso.dmp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScenarioResultTest {

    @Test
    void readRatioIsPeerTimeOverOurTime() {
        ScenarioResult r = ScenarioResult.read("latest", Measurement.of(2.0), Measurement.of(10.0));
        assertThat(r.ratio()).isEqualTo(5.0);
    }

    @Test
    void writeRatioIsOurRateOverPeerRate() {
        ScenarioResult r = ScenarioResult.write("post-1", Measurement.of(300.0), Measurement.of(100.0));
        assertThat(r.ratio()).isEqualTo(3.0);
    }

    @Test
    void bulkIsComparedWithRawCopyNotWithFrost() {
        ScenarioResult r = ScenarioResult.againstCopy("bulk", Measurement.of(100_000.0), Measurement.of(400_000.0));
        assertThat(r.ratio()).isEqualTo(0.25);
        assertThat(r.frost().available()).isFalse();
    }

    @Test
    void aMissingFigureGivesNoRatio() {
        ScenarioResult r = ScenarioResult.write("dataarray", Measurement.notAvailable("HTTP 404"), Measurement.of(5.0));
        assertThat(r.ratio()).isNull();
        assertThat(r.ours().unavailable()).isEqualTo("not available: HTTP 404");
    }
}
