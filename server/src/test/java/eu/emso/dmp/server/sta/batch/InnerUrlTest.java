package eu.emso.dmp.server.sta.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolution of the URLs of requests inside a batch against the service root. */
class InnerUrlTest {

    @Test
    void relativeUrlsKeepTheirPathAndDecodeTheirQuery() {
        InnerUrl u = InnerUrl.parse("Things(1)/Datastreams?$filter=name%20eq%20'a'&$top=2", Version.V11);
        assertThat(u.path()).isEqualTo("Things(1)/Datastreams");
        assertThat(u.params()).containsEntry("$filter", List.of("name eq 'a'")).containsEntry("$top", List.of("2"));
    }

    @Test
    void absoluteUrlsAndPathsAreCutAtTheVersionRoot() {
        assertThat(InnerUrl.parse("https://example.org/sta/v1.1/Things(3)", Version.V11).path()).isEqualTo("Things(3)");
        assertThat(InnerUrl.parse("/v1.1/Sensors", Version.V11).path()).isEqualTo("Sensors");
        assertThat(InnerUrl.parse("/v1.1", Version.V11).path()).isEmpty();
    }

    @Test
    void aPlusInAQueryValueStaysAPlus() {
        assertThat(InnerUrl.parse("Observations?$filter=phenomenonTime gt 2024-01-01T00:00:00+01:00", Version.V11)
                .params().get("$filter")).containsExactly("phenomenonTime gt 2024-01-01T00:00:00+01:00");
    }

    @Test
    void urlsOfAnotherVersionOrBadlyEncodedAreClientErrors() {
        assertThatThrownBy(() -> InnerUrl.parse("/v1.0/Things", Version.V11)).isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> InnerUrl.parse("Things?$filter=%zz", Version.V11)).isInstanceOf(BadRequest.class);
    }
}
