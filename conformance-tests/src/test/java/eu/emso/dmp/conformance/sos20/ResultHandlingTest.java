package eu.emso.dmp.conformance.sos20;

import static eu.emso.dmp.server.sos.support.Reports.exception;
import static eu.emso.dmp.server.sos.support.Reports.ok;
import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.sos.support.XmlDoc;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SOS 2.0 Result Handling ({@code http://www.opengis.net/spec/SOS/2.0/conf/resultInsertion} and
 * {@code .../resultRetrieval}), the InsertResultTemplate, InsertResult, GetResultTemplate and
 * GetResult groups of ets-sos20: a template accepted for a new sensor, values inserted in its
 * text encoding, the same structure and the same values read back, and values that do not fit
 * the template refused with {@code resultValues} as locator, writing nothing.
 */
class ResultHandlingTest extends SosServerTest {

    @Test
    @DisplayName("InsertResultTemplate, InsertResult, GetResultTemplate, GetResult round trip; a bad block is refused")
    void resultRoundTrip() {
        String procedure = "56-00402";
        String offering = ok(sos.post("insert-sensor", Map.of("procedure", procedure, "property", TEMP)))
                .text("/swes:InsertSensorResponse/swes:assignedOffering");
        XmlDoc accepted = ok(sos.post("insert-result-template", Map.of("offering", offering, "procedure", procedure,
                "property", TEMP, "feature", W1M3A)));
        String template = accepted.text("/sos:InsertResultTemplateResponse/sos:acceptedTemplate");
        assertThat(template).isNotBlank();

        String values = "2017-03-01T00:00:00Z,13.1|2017-03-01T01:00:00Z,13.2|2017-03-01T02:00:00Z,13.3";
        ok(sos.post("insert-result", Map.of("template", template, "values", values)));
        exception(sos.post("insert-result", Map.of("template", template, "values", "2017-03-01T03:00:00Z,warm")), 400,
                "InvalidParameterValue", "resultValues");

        XmlDoc structure = ok(sos.get("GetResultTemplate", "offering", offering, "observedProperty", TEMP));
        assertThat(structure.all("//sos:resultStructure//swe:field/@name")).containsExactly("phenomenonTime", "temperature");
        assertThat(structure.text("//swe:TextEncoding/@blockSeparator")).isEqualTo("|");
        XmlDoc result = ok(sos.get("GetResult", "offering", offering, "observedProperty", TEMP));
        assertThat(result.text("/sos:GetResultResponse/sos:resultValues")).isEqualTo(values);
        exception(sos.get("GetResult", "offering", offering), 400, "MissingParameterValue", "observedProperty");
        ok(sos.post("delete-sensor", Map.of("procedure", procedure)));
    }
}
