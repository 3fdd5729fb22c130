package eu.emso.dmp.qc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.qc.config.QcConfigParser;
import eu.emso.dmp.qc.flag.QartodFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our flags equal those the reference implementation ioos_qc expects in its own test suite, case
 * by case: configuration parsed from the ioos_qc JSON shape, series run through the runner.
 */
class ReferenceParityTest {

    static Stream<ReferenceCase> cases() {
        return ReferenceCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void flagsEqualTheReference(ReferenceCase c) {
        QcConfig config = QcConfigParser.parse(c.config());
        QcTest test = QcTest.byConfigName(c.test()).orElseThrow();

        QcResult result = QcRunner.run(config, c.series());

        assertThat(result.tests()).containsExactly(test);
        assertThat(result.flags(test)).as(c.name()).containsExactly(c.expected());
    }

    @Test
    void everyTestOfTheModuleHasReferenceCases() {
        assertThat(cases().map(ReferenceCase::test).distinct())
                .containsExactlyInAnyOrder("gross_range_test", "climatology_test", "spike_test",
                        "rate_of_change_test", "flat_line_test");
    }

    @Test
    void aggregateEqualsQartodCompare() {
        JsonNode aggregate = ReferenceCase.document().get("aggregate");
        List<byte[]> inputs = new ArrayList<>();
        aggregate.get("inputs").forEach(a -> inputs.add(ReferenceCase.bytes(a)));

        assertThat(QartodFlag.aggregate(inputs)).containsExactly(ReferenceCase.bytes(aggregate.get("expected")));
    }
}
