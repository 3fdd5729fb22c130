package eu.emso.dmp.model.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** WAL positions as the DMP-Commit-LSN and DMP-Read-After headers carry them. */
class ReadReplicasTest {
    @Test
    void aPositionComparesByBothHalves() {
        assertThat(ReadReplicas.parseLsn("0/3000148")).isEqualTo(0x3000148L);
        assertThat(ReadReplicas.parseLsn("1/0")).isGreaterThan(ReadReplicas.parseLsn("0/FFFFFFFF"));
        assertThat(ReadReplicas.isPosition(" 16/B374D848 ")).isTrue();
    }

    @Test
    void textThatIsNoPositionIsRefused() {
        assertThat(ReadReplicas.isPosition("yesterday")).isFalse();
        assertThat(ReadReplicas.isPosition("0/")).isFalse();
        assertThat(ReadReplicas.isPosition("/12")).isFalse();
        assertThatThrownBy(() -> ReadReplicas.parseLsn("0/xyz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0/3000148");
    }
}
