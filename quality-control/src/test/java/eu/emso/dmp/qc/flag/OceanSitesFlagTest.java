package eu.emso.dmp.qc.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OceanSitesFlagTest {

    @ParameterizedTest(name = "OceanSITES {0} -> QARTOD {1}")
    @CsvSource(nullValues = "none", value = {
        "0, 2", "1, 1", "2, 1", "3, 3", "4, 4", "5, none", "6, none", "7, none", "8, none", "9, 9"})
    void mapsToQartodWhereAnEquivalentExists(int oceanSites, Integer qartod) {
        Optional<QartodFlag> mapped = OceanSitesFlag.fromCode(oceanSites).toQartod();

        assertThat(mapped.map(QartodFlag::code).map(Byte::intValue)).isEqualTo(Optional.ofNullable(qartod));
    }

    @ParameterizedTest
    @EnumSource(QartodFlag.class)
    void exportedFlagsReadBackUnchanged(QartodFlag flag) {
        assertThat(OceanSitesFlag.fromQartod(flag).toQartod()).contains(flag);
    }

    @ParameterizedTest
    @CsvSource({"-1", "10"})
    void rejectsCodesOutsideTheScheme(int code) {
        assertThatThrownBy(() -> OceanSitesFlag.fromCode(code)).isInstanceOf(IllegalArgumentException.class);
    }
}
