package eu.emso.dmp.qc.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QartodFlagTest {

    @Test
    void codesAreTheQartodPrimaryFlags() {
        assertThat(List.of(QartodFlag.values())).extracting(QartodFlag::code)
                .containsExactly((byte) 1, (byte) 2, (byte) 3, (byte) 4, (byte) 9);
        for (QartodFlag f : QartodFlag.values()) {
            assertThat(QartodFlag.fromCode(f.code())).isSameAs(f);
        }
        assertThatThrownBy(() -> QartodFlag.fromCode(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aggregateIsTheWorstEvaluatedFlag() {
        byte[] grossRange = {1, 1, 3, 9, 9, 2};
        byte[] spike = {2, 4, 1, 9, 2, 2};

        assertThat(QartodFlag.aggregate(List.of(grossRange, spike))).containsExactly(1, 4, 3, 9, 2, 2);
    }

    @Test
    void aggregateIgnoresCodesOutsideTheScheme() {
        assertThat(QartodFlag.aggregate(List.of(new byte[] {0, 7}, new byte[] {0, 1})))
                .containsExactly(9, 1);
    }

    @Test
    void aggregateOfNoTestIsMissing() {
        assertThat(QartodFlag.aggregate(List.of(), 3)).containsExactly(9, 9, 9);
    }

    @Test
    void aggregateRejectsArraysOfDifferentLengths() {
        assertThatThrownBy(() -> QartodFlag.aggregate(List.of(new byte[2], new byte[3])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
