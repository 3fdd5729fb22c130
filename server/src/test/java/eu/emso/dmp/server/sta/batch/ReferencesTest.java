package eu.emso.dmp.server.sta.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code $<id>} references to entities created earlier in a batch, in URLs and bodies. */
class ReferencesTest {
    private static final String ROOT = "http://host/v1.1";
    private References refs;

    @BeforeEach
    void createdDatastream() {
        refs = new References();
        BatchRequest made = new BatchRequest("ds1", null, "POST", "Datastreams", null, Map.of(), List.of(), true);
        refs.record(made, new BatchResponse(made, 201, Map.of("Location", ROOT + "/Datastreams(42)"), null, null), ROOT);
    }

    @Test
    void aLeadingReferenceInAUrlBecomesThePathOfTheCreatedEntity() {
        assertThat(refs.url("$ds1")).isEqualTo("Datastreams(42)");
        assertThat(refs.url("$ds1/Observations?$top=1")).isEqualTo("Datastreams(42)/Observations?$top=1");
        assertThat(refs.url("$ds1?$select=name")).isEqualTo("Datastreams(42)?$select=name");
        assertThat(refs.url("Things(1)")).isEqualTo("Things(1)");
    }

    @Test
    void iotIdReferencesAreReplacedAtAnyDepthInACopyOfTheBody() throws Exception {
        JsonNode body = Json.mapper().readTree("{\"result\": 1, \"Datastream\": {\"@iot.id\": \"$ds1\"},"
                + " \"list\": [{\"x\": {\"@iot.id\": \"$ds1\"}}], \"name\": \"$ds1\"}");
        JsonNode resolved = refs.body(body);
        assertThat(resolved.at("/Datastream/@iot.id").asLong()).isEqualTo(42);
        assertThat(resolved.at("/Datastream/@iot.id").isIntegralNumber()).isTrue();
        assertThat(resolved.at("/list/0/x/@iot.id").asLong()).isEqualTo(42);
        assertThat(resolved.get("name").asText()).as("only @iot.id values are references").isEqualTo("$ds1");
        assertThat(body.at("/Datastream/@iot.id").asText()).isEqualTo("$ds1");
    }

    @Test
    void unknownOrUnreferableNamesAreClientErrors() {
        assertThatThrownBy(() -> refs.url("$other/Observations")).isInstanceOf(BadRequest.class)
                .hasMessageContaining("$other");
        BatchRequest anonymous = new BatchRequest("part1#", null, "POST", "Things", null, Map.of(), List.of(), false);
        refs.record(anonymous, new BatchResponse(anonymous, 201, Map.of("Location", ROOT + "/Things(7)"), null, null),
                ROOT);
        assertThatThrownBy(() -> refs.url("$part1#")).isInstanceOf(BadRequest.class);
    }

    @Test
    void aCopyDoesNotSeeEntitiesRecordedLater() {
        References copy = refs.copy();
        BatchRequest later = new BatchRequest("t", null, "POST", "Things", null, Map.of(), List.of(), true);
        copy.record(later, new BatchResponse(later, 201, Map.of("Location", ROOT + "/Things(9)"), null, null), ROOT);
        assertThat(copy.url("$t")).isEqualTo("Things(9)");
        assertThatThrownBy(() -> refs.url("$t")).isInstanceOf(BadRequest.class);
    }
}
