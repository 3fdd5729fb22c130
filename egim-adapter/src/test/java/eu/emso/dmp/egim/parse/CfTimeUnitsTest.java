package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CfTimeUnitsTest {

    @Test
    void oceanSitesDaysSince1950() {
        CfTimeUnits units = CfTimeUnits.parse("days since 1950-01-01T00:00:00+00:00");

        assertThat(units.toInstant(27602.25)).isEqualTo(Instant.parse("2025-07-28T06:00:00Z"));
    }

    @Test
    void secondsSinceEpochWithSpaceSeparatedReferenceAndOffset() {
        assertThat(CfTimeUnits.parse("seconds since 1970-01-01 00:00:00").toInstant(1485958234))
                .isEqualTo(Instant.parse("2017-02-01T14:10:34Z"));
        assertThat(CfTimeUnits.parse("hours since 2000-01-01T00:00:00+0100").toInstant(1))
                .isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    }

    @Test
    void unsupportedUnitsAreRefused() {
        assertThatThrownBy(() -> CfTimeUnits.parse("months since 1950-01-01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months");
        assertThatThrownBy(() -> CfTimeUnits.parse("days"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
