package eu.emso.dmp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DataSetTest {

    @Test
    void eachSizeHoldsAboutItsNominalNumberOfObservations() {
        for (Size size : new Size[] {Size.SMALL, Size.MEDIUM, Size.LARGE}) {
            long total = new DataSet(size).totalObservations();
            assertThat(total).as(size.name()).isBetween(size.observations() * 95 / 100, size.observations());
        }
    }

    @Test
    void everyThingHasItsStreamsFromOneHertzToHourlyEndingTogether() {
        DataSet data = new DataSet(Size.MEDIUM);
        assertThat(data.streams()).hasSize(Size.MEDIUM.things() * Size.MEDIUM.streams());
        assertThat(data.streams()).extracting(DataSet.Stream::intervalSeconds).contains(1, 10, 60, 900, 3600);
        for (DataSet.Stream s : data.streams()) {
            assertThat(s.time(s.count() - 1)).isEqualTo(DataSet.END);
            assertThat(Duration.between(s.time(0), s.time(1)).getSeconds()).isEqualTo(s.intervalSeconds());
        }
    }

    @Test
    void theDensestStreamIsLongEnoughForTheTenThousandWindowAtEverySize() {
        assertThat(new DataSet(Size.SMALL).densest().count()).isGreaterThan(10_000);
        assertThat(new DataSet(Size.SMALL).densest().intervalSeconds()).isEqualTo(1);
    }

    @Test
    void theDensestStreamIsDeepEnoughForThePagingWalkAtEverySize() {
        for (Size size : new Size[] {Size.SMALL, Size.MEDIUM, Size.LARGE}) {
            assertThat(new DataSet(size).densest().count()).as(size.name()).isGreaterThan(size.pagingRows());
        }
        assertThat(Size.LARGE.pagingRows()).isEqualTo(1_000_000);
    }

    @Test
    void aSizeWithOtherObservationsKeepsItsShape() throws Exception {
        Size million = BenchMain.parse(java.util.List.of("--size", "large", "--observations", "1_000_000",
                "--work", "not-created")).size();
        DataSet data = new DataSet(million);
        assertThat(data.streams()).hasSize(Size.LARGE.things() * Size.LARGE.streams());
        assertThat(data.totalObservations()).isBetween(950_000L, 1_000_000L);
        assertThat(million.reps()).isEqualTo(Size.LARGE.reps());
    }

    @Test
    void valuesAreRepeatableAndWithinTheVariablesRange() {
        DataSet.Stream s = new DataSet(Size.SMALL).densest();
        assertThat(s.value(123)).isEqualTo(new DataSet(Size.SMALL).densest().value(123));
        DataSet.Variable v = s.variable();
        assertThat(s.value(5_000)).isBetween(v.mean() - 1.1 * v.swing(), v.mean() + 1.1 * v.swing());
    }

    @Test
    void thingsSitAtDistinctOceanSites() {
        DataSet data = new DataSet(Size.LARGE);
        assertThat(data.site(0).name()).isEqualTo("OBSEA");
        assertThat(data.site(12)).isNotEqualTo(data.site(0));
        assertThat(data.site(12).lat()).isNotEqualTo(data.site(0).lat());
    }
}
