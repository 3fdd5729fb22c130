package eu.emso.dmp.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Member paths in filters (OGC 18-088 section 9.3.3.5: property paths across navigation and into JSON). */
class PathTest {

    private static List<String> path(String filter) {
        Expr left = ((Expr.Binary) QueryParser.parseFilter(filter + " eq 1")).left();
        return ((Expr.Path) left).segments();
    }

    @Test
    void simpleAndNavigationPaths() {
        assertThat(path("id")).containsExactly("id");
        assertThat(path("@iot.id")).containsExactly("@iot.id");
        assertThat(path("Datastream/@iot.id")).containsExactly("Datastream", "@iot.id");
        assertThat(path("Datastream/Thing/properties/site"))
                .containsExactly("Datastream", "Thing", "properties", "site");
        assertThat(path("Datastreams/Observations/result")).containsExactly("Datastreams", "Observations", "result");
    }

    @Test
    void jsonMembersMayHaveDigitsDashesAndUnderscores() {
        assertThat(path("result/0")).containsExactly("result", "0");
        assertThat(path("result/0/1")).containsExactly("result", "0", "1");
        assertThat(path("properties/sensor-type")).containsExactly("properties", "sensor-type");
        assertThat(path("Thing/properties/EGIM_slot2_current")).containsExactly("Thing", "properties", "EGIM_slot2_current");
        assertThat(path("parameters/n3_N_S_sea_water_speed")).containsExactly("parameters", "n3_N_S_sea_water_speed");
        assertThat(path("resultQuality/0/qc-flag")).containsExactly("resultQuality", "0", "qc-flag");
        assertThat(path("properties/2017")).containsExactly("properties", "2017");
    }

    @Test
    void outsideJsonASegmentCannotStartWithADigit() {
        assertThatThrownBy(() -> QueryParser.parseFilter("Datastream/0 eq 1"))
                .isInstanceOf(QueryException.class)
                .hasMessage("$filter: expected a property or navigation name at position 11 but found '0'");
    }

    @Test
    void trailingSlashIsAnError() {
        assertThatThrownBy(() -> QueryParser.parseFilter("properties/ eq 1"))
                .isInstanceOf(QueryException.class)
                .extracting(e -> ((QueryException) e).position()).isEqualTo(12);
        assertThatThrownBy(() -> QueryParser.parseFilter("Thing/"))
                .hasMessage("$filter: expected a property or navigation name at position 6 but found end of input");
    }

    @Test
    void durationLookingSegmentInsideAPathIsAName() {
        assertThat(path("properties/P1D")).containsExactly("properties", "P1D");
        assertThat(path("P1D/x")).containsExactly("P1D", "x");
    }
}
