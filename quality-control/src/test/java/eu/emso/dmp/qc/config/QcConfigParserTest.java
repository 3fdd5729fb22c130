package eu.emso.dmp.qc.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.emso.dmp.qc.QcConfig;
import eu.emso.dmp.qc.QcTest;
import eu.emso.dmp.qc.qartod.ClimatologyMember;
import eu.emso.dmp.qc.qartod.ClimatologyPeriod;
import eu.emso.dmp.qc.qartod.Span;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QcConfigParserTest {

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void readsEveryTestOfTheIoosQcShape() {
        QcConfig config = QcConfigParser.parse(json("""
                {'qartod': {
                  'gross_range_test': {'suspect_span': [32, 10], 'fail_span': [8, 40]},
                  'climatology_test': {'config': [
                     {'tspan': [1, 3], 'period': 'month', 'vspan': [10.5, 16], 'zspan': [0, 100]},
                     {'tspan': ['2011-01', '2011-07-01T12:00:00Z'], 'vspan': [10, 20], 'fspan': [0, 30]}]},
                  'spike_test': {'suspect_threshold': 1, 'fail_threshold': 3, 'method': 'average'},
                  'rate_of_change_test': {'threshold': 0.01},
                  'flat_line_test': {'tolerance': 1e-5, 'suspect_threshold': 100, 'fail_threshold': 300}}}
                """));

        assertThat(config.tests()).containsExactly(QcTest.values());
        assertThat(config.grossRange().suspectSpan()).isEqualTo(new Span(10, 32));
        assertThat(config.spike().failThreshold()).isEqualTo(3);
        assertThat(config.rateOfChange().threshold()).isEqualTo(0.01);
        assertThat(config.flatLine().failThreshold()).isEqualTo(300);
        ClimatologyMember monthly = config.climatology().members().get(0);
        assertThat(monthly.period()).isEqualTo(ClimatologyPeriod.MONTH);
        assertThat(monthly.depthSpan()).isEqualTo(new Span(0, 100));
        ClimatologyMember absolute = config.climatology().members().get(1);
        assertThat(absolute.period()).isNull();
        assertThat(absolute.timeSpan()).isEqualTo(new Span(
                Instant.parse("2011-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2011-07-01T12:00:00Z").getEpochSecond()));
        assertThat(absolute.failSpan()).isEqualTo(new Span(0, 30));
    }

    @Test
    void testsLeftOutDoNotRun() {
        QcConfig config = QcConfigParser.parse(json("{'qartod': {'spike_test': {'fail_threshold': 3}}}"));

        assertThat(config.tests()).containsExactly(QcTest.SPIKE);
        assertThat(config.spike().suspectThreshold()).isNaN();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not an object             | []                                                                     | (root)",
        "no qartod section         | {}                                                                     | qartod",
        "unknown module            | {'argo': {}}                                                           | argo",
        "unknown test              | {'qartod': {'location_test': {}}}                                      | qartod.location_test",
        "test not an object        | {'qartod': {'spike_test': 3}}                                          | qartod.spike_test",
        "fail span missing         | {'qartod': {'gross_range_test': {'suspect_span': [1, 2]}}}             | qartod.gross_range_test.fail_span",
        "span of three             | {'qartod': {'gross_range_test': {'fail_span': [1, 2, 3]}}}             | qartod.gross_range_test.fail_span",
        "span not a pair           | {'qartod': {'gross_range_test': {'fail_span': 10}}}                    | qartod.gross_range_test.fail_span",
        "suspect outside fail      | {'qartod': {'gross_range_test': {'fail_span': [1, 1], 'suspect_span': [2, 2]}}} | qartod.gross_range_test.suspect_span",
        "span bound a string       | {'qartod': {'gross_range_test': {'fail_span': [1, 'x']}}}              | qartod.gross_range_test.fail_span[1]",
        "misspelt key              | {'qartod': {'gross_range_test': {'fail_span': [1, 2], 'suspectspan': [1, 2]}}} | qartod.gross_range_test.suspectspan",
        "no spike threshold        | {'qartod': {'spike_test': {}}}                                         | qartod.spike_test",
        "negative threshold        | {'qartod': {'spike_test': {'suspect_threshold': -1}}}                  | qartod.spike_test.suspect_threshold",
        "threshold as string       | {'qartod': {'spike_test': {'fail_threshold': '3'}}}                    | qartod.spike_test.fail_threshold",
        "differential spike method | {'qartod': {'spike_test': {'fail_threshold': 3, 'method': 'differential'}}} | qartod.spike_test.method",
        "rate threshold missing    | {'qartod': {'rate_of_change_test': {}}}                                | qartod.rate_of_change_test.threshold",
        "flat line tolerance       | {'qartod': {'flat_line_test': {'suspect_threshold': 1, 'fail_threshold': 2}}} | qartod.flat_line_test.tolerance",
        "climatology without list  | {'qartod': {'climatology_test': {'config': []}}}                       | qartod.climatology_test.config",
        "climatology without vspan | {'qartod': {'climatology_test': {'config': [{'tspan': [1, 2], 'period': 'month'}]}}} | qartod.climatology_test.config[0].vspan",
        "unknown period            | {'qartod': {'climatology_test': {'config': [{'tspan': [1, 2], 'vspan': [1, 2], 'period': 'fortnight'}]}}} | qartod.climatology_test.config[0].period",
        "bad time                  | {'qartod': {'climatology_test': {'config': [{'tspan': ['2011-13-45', '2012'], 'vspan': [1, 2]}]}}} | qartod.climatology_test.config[0].tspan[0]",
    })
    void rejectsInvalidConfigurationNamingTheKey(String problem, String config, String key) {
        assertThatThrownBy(() -> QcConfigParser.parse(json(config)))
                .as(problem)
                .isInstanceOfSatisfying(QcConfigException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessageStartingWith(key + ": ");
    }

    @Test
    void siteFileErrorsNameTheParameter() {
        assertThatThrownBy(() -> QcConfigParser.parseSite(json(
                "{'TEMP': {'qartod': {}}, 'CNDC': {'qartod': {'rate_of_change_test': {'threshold': null}}}}")))
                .isInstanceOfSatisfying(QcConfigException.class,
                        e -> assertThat(e.key()).isEqualTo("CNDC.qartod.rate_of_change_test.threshold"));
    }
}
