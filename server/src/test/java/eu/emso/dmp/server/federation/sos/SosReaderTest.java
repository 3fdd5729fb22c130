package eu.emso.dmp.server.federation.sos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.emso.dmp.server.federation.RemoteException;
import eu.emso.dmp.server.federation.RemoteObservation;
import eu.emso.dmp.server.federation.RemotePage;
import eu.emso.dmp.server.federation.RemoteSeries;
import eu.emso.dmp.server.federation.SourceKind;
import eu.emso.dmp.server.federation.SourceSpec;
import eu.emso.dmp.server.sos.support.SosFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SOS source kind reading a second instance of this server through its SOS face: what it
 * harvests is what the same server's SensorThings face holds.
 */
class SosReaderTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SosFixture peer;

    @BeforeAll
    static void start() {
        peer = SosFixture.start();
    }

    @AfterAll
    static void stop() {
        peer.close();
    }

    private static SosReader reader(String offerings) {
        return new SosReader(new SourceSpec("peer", SourceKind.SOS, URI.create(peer.serviceUrl()), offerings, null, null),
                HTTP, Duration.ofSeconds(10));
    }

    /** "time result flag" of the Datastream named {@code name}, as the peer's SensorThings face gives them. */
    private static List<String> sta(String name) throws Exception {
        String path = "/v1.1/Datastreams?$filter=" + SosFixture.enc("name eq '" + name + "'")
                + "&$expand=" + SosFixture.enc("Observations($orderby=phenomenonTime;$top=1000)");
        JsonNode ds = new ObjectMapper().readTree(peer.server().get(path).body()).path("value").get(0);
        List<String> out = new ArrayList<>();
        for (JsonNode o : ds.path("Observations")) {
            JsonNode flag = o.path("resultQuality").path("qc_flag");
            out.add(Instant.parse(o.path("phenomenonTime").asText()) + " " + o.path("result").asDouble() + " "
                    + (flag.isMissingNode() ? null : flag.asText()));
        }
        return out;
    }

    private static List<String> harvest(SosReader r, RemoteSeries s, int max) throws RemoteException {
        List<String> out = new ArrayList<>();
        Instant from = null;
        RemoteObservation last = null;
        for (int n = 0; n < 1000; n++) {
            RemotePage p = r.observations(s, from, max);
            assertThat(p.observations().size()).isLessThanOrEqualTo(Math.max(2, max));
            for (RemoteObservation o : p.observations()) {
                if (!o.equals(last)) {
                    out.add(o.phenomenonStart() + " " + o.result() + " " + o.remoteFlag());
                    last = o;
                }
            }
            if (!p.more()) {
                return out;
            }
            from = last.phenomenonStart();
        }
        throw new AssertionError("no end");
    }

    private static RemoteSeries series(SosReader r, String code) throws RemoteException {
        return r.series().stream().filter(s -> s.variable().name().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void seriesOfEveryOfferingProcedurePropertyAndFeature() throws RemoteException {
        List<RemoteSeries> all = reader(null).series();
        assertThat(all).extracting(s -> s.variable().name()).containsExactlyInAnyOrder("TEMP", "CNDC", "DOX2");
        RemoteSeries temp = all.stream().filter(s -> s.variable().name().equals("TEMP")).findFirst().orElseThrow();
        assertThat(temp.variable().definition()).isEqualTo(SosFixture.TEMP);
        assertThat(temp.properties()).containsEntry("sos_offering", "SBE37_data").containsEntry("sos_procedure", "37-14998");
        assertThat(temp.unit().symbol()).isEqualTo("degC");
        assertThat(temp.sensor().remoteId()).isEqualTo("37-14998");
        assertThat(temp.sensor().name()).isEqualTo("SBE37-SIP-P7000-RS232 37-14998");
        assertThat(temp.sensor().properties()).containsEntry("serial_number", "37-14998");
        assertThat(temp.platform().name()).isEqualTo("OBSEA sampling point");
        assertThat(temp.platform().latitude()).isEqualTo(41.1819);
        assertThat(temp.platform().longitude()).isEqualTo(1.7527);
    }

    @ParameterizedTest(name = "{0} a page")
    @ValueSource(ints = {1, 3, 1000})
    void whatIsHarvestedIsWhatThePeersSensorThingsFaceHolds(int max) throws Exception {
        SosReader r = reader(null);
        assertThat(harvest(r, series(r, "TEMP"), max)).hasSize(10).containsExactlyElementsOf(sta("TEMP"));
        assertThat(harvest(r, series(r, "DOX2"), max)).hasSize(3).containsExactlyElementsOf(sta("DOX2"));
    }

    @Test
    void incrementalFromAWatermark() throws Exception {
        SosReader r = reader(null);
        RemotePage p = r.observations(series(r, "TEMP"), SosFixture.START.plusSeconds(3600 * 8), 100);
        assertThat(p.observations()).extracting(o -> o.result()).containsExactly(13.8, 13.9);
        RemotePage after = r.observations(series(r, "TEMP"), SosFixture.START.plusSeconds(3600 * 20), 100);
        assertThat(after.observations()).isEmpty();
        assertThat(after.more()).isFalse();
    }

    @Test
    void onlyTheOfferingsAskedFor() throws RemoteException {
        assertThat(reader("4831-606_data").series()).extracting(s -> s.variable().name()).containsExactly("DOX2");
    }

    @Test
    void aSeriesTheServiceDoesNotKnowIsNotRetryable() throws Exception {
        SosReader r = reader(null);
        RemoteSeries temp = series(r, "TEMP");
        java.util.Map<String, Object> props = new java.util.HashMap<>(temp.properties());
        props.put("sos_offering", "no-such-offering");
        RemoteSeries gone = new RemoteSeries(temp.remoteId(), temp.name(), temp.description(), temp.platform(),
                temp.sensor(), temp.variable(), temp.unit(), temp.observationType(), props);
        assertThatThrownBy(() -> r.observations(gone, null, 10)).isInstanceOf(RemoteException.class)
                .hasMessageContaining("InvalidParameterValue").matches(e -> !((RemoteException) e).retryable(), "not retryable");
    }
}
