package eu.emso.dmp.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every literal kind of the STA 1.1 / OData 4.0 filter syntax. */
class LiteralTest {

    /** Parses {@code x eq <literal>} and returns the literal. */
    private static Expr literal(String text) {
        return ((Expr.Binary) QueryParser.parseFilter("x eq " + text)).right();
    }

    @Test
    void integers() {
        assertThat(literal("3")).isEqualTo(new Expr.NumLit(new BigDecimal("3"), true));
        assertThat(literal("-2")).isEqualTo(new Expr.NumLit(new BigDecimal("-2"), true));
        assertThat(literal("12345678901234567890"))
                .isEqualTo(new Expr.NumLit(new BigDecimal("12345678901234567890"), true));
    }

    @Test
    void decimalsAndExponents() {
        assertThat(literal("1.5")).isEqualTo(new Expr.NumLit(new BigDecimal("1.5"), false));
        assertThat(literal("-0.25")).isEqualTo(new Expr.NumLit(new BigDecimal("-0.25"), false));
        Expr.NumLit thousand = (Expr.NumLit) literal("1e3");
        assertThat(thousand.value()).isEqualByComparingTo("1000");
        assertThat(thousand.integral()).isFalse();
        assertThat(((Expr.NumLit) literal("1.5E-3")).value()).isEqualByComparingTo("0.0015");
        assertThat(((Expr.NumLit) literal("-2e+2")).value()).isEqualByComparingTo("-200");
    }

    @Test
    void stringsWithDoubledQuotes() {
        assertThat(literal("'it''s'")).isEqualTo(new Expr.StrLit("it's"));
        assertThat(literal("''")).isEqualTo(new Expr.StrLit(""));
        assertThat(literal("''''")).isEqualTo(new Expr.StrLit("'"));
        assertThat(literal("'a eq b) and ('")).isEqualTo(new Expr.StrLit("a eq b) and ("));
        assertThat(literal("'µmol/L'")).isEqualTo(new Expr.StrLit("µmol/L"));
    }

    @Test
    void booleansAndNull() {
        assertThat(literal("true")).isEqualTo(new Expr.BoolLit(true));
        assertThat(literal("false")).isEqualTo(new Expr.BoolLit(false));
        assertThat(literal("null")).isEqualTo(new Expr.NullLit());
    }

    @Test
    void dateTimesKeepTheirOffset() {
        assertThat(literal("2015-01-01T00:00:00Z"))
                .isEqualTo(new Expr.TimeLit(OffsetDateTime.of(2015, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
        Expr.TimeLit withOffset = (Expr.TimeLit) literal("2015-01-01T01:00:00.000+01:00");
        assertThat(withOffset.value().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(withOffset.value().toInstant()).isEqualTo(java.time.Instant.parse("2015-01-01T00:00:00Z"));
        Expr.TimeLit fraction = (Expr.TimeLit) literal("2016-11-20T10:11:12.123456-03:30");
        assertThat(fraction.value().getNano()).isEqualTo(123_456_000);
        assertThat(fraction.value().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(-3, -30));
        assertThat(literal("2015-06-01T12:30Z")).isEqualTo(
                new Expr.TimeLit(OffsetDateTime.of(2015, 6, 1, 12, 30, 0, 0, ZoneOffset.UTC)));
    }

    @Test
    void bareDateIsStartOfDayUtc() {
        assertThat(literal("2015-01-01"))
                .isEqualTo(new Expr.TimeLit(OffsetDateTime.of(2015, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
    }

    @Test
    void durations() {
        assertThat(literal("duration'P1DT2H'")).isEqualTo(new Expr.DurationLit(Duration.ofHours(26)));
        assertThat(literal("P1D")).isEqualTo(new Expr.DurationLit(Duration.ofDays(1)));
        assertThat(literal("PT1H30M")).isEqualTo(new Expr.DurationLit(Duration.ofMinutes(90)));
        assertThat(literal("PT0.5S")).isEqualTo(new Expr.DurationLit(Duration.ofMillis(500)));
        assertThat(literal("DURATION'-PT10M'")).isEqualTo(new Expr.DurationLit(Duration.ofMinutes(-10)));
    }

    @Test
    void intervals() {
        assertThat(literal("2015-01-01T00:00:00Z/2015-01-02T00:00:00Z")).isEqualTo(new Expr.IntervalLit(
                OffsetDateTime.of(2015, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2015, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC)));
        Expr.IntervalLit mixed = (Expr.IntervalLit) literal("2015-01-01/2015-01-01T06:00:00+02:00");
        assertThat(mixed.end().toInstant()).isEqualTo(java.time.Instant.parse("2015-01-01T04:00:00Z"));
    }

    @Test
    void geographyAndGeometry() {
        assertThat(literal("geography'POINT(-122 43)'")).isEqualTo(new Expr.GeoLit("POINT(-122 43)", true));
        assertThat(literal("geometry'POLYGON((30 10, 10 20, 20 40, 40 40, 30 10))'"))
                .isEqualTo(new Expr.GeoLit("POLYGON((30 10, 10 20, 20 40, 40 40, 30 10))", false));
        assertThat(literal("geography'SRID=4326;LINESTRING(1 2, 3 4)'"))
                .isEqualTo(new Expr.GeoLit("LINESTRING(1 2, 3 4)", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "geography'POINT(1)'", "geography'POLYGON((0 0, 1 0, 1 1))'", "geography'CIRCLE(1 2)'",
        "geography''", "geometry'SRID=3857;POINT(1 2)'", "geography'POINT(1 2'"})
    void invalidWktIsAQueryError(String text) {
        assertThatThrownBy(() -> literal(text)).isInstanceOf(QueryException.class)
                .hasMessageContaining("at position 5");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2015-13-01T00:00:00Z", "2015-02-30", "2015-01-01T25:00:00Z", "2015-01-01T10:00:00",
        "2015-01-02T00:00:00Z/2015-01-01T00:00:00Z", "P1Y", "P2M", "duration'P'", "duration'1 day'",
        "datetime'2015-01-01'", "1e99999999999", "1.", "12abc", "'open"})
    void malformedLiteralsAreQueryErrors(String text) {
        assertThatThrownBy(() -> literal(text)).isInstanceOf(QueryException.class)
                .extracting(e -> ((QueryException) e).position()).isEqualTo(5);
    }
}
