package eu.emso.dmp.server.federation.erddap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.server.federation.RemoteException;
import eu.emso.dmp.server.federation.RemoteObservation;
import eu.emso.dmp.server.federation.RemotePage;
import eu.emso.dmp.server.federation.RemoteSeries;
import eu.emso.dmp.server.federation.SourceKind;
import eu.emso.dmp.server.federation.SourceSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ERDDAP tabledap source kind against the replayed OBSEA dataset of February 2014: the series
 * and their vocabulary, every value and flag exactly once whatever the page size, in CSV and JSON,
 * and faults reported with the right retryability.
 */
class ErddapReaderTest {
    private static final String DATASET = "OBSEA_MO_201402";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ErddapReplay erddap;

    @BeforeAll
    static void start() {
        erddap = ErddapReplay.start(DATASET);
    }

    @AfterAll
    static void stop() {
        erddap.close();
    }

    @AfterEach
    void noFault() {
        erddap.fault(ErddapReplay.Fault.NONE, 0);
    }

    private static ErddapReader reader(String dataset, ErddapReader.Format format, Duration timeout) {
        SourceSpec spec = new SourceSpec("obsea-erddap", SourceKind.ERDDAP, erddap.root(), dataset, null, null);
        return new ErddapReader(spec, HTTP, timeout, format);
    }

    private static ErddapReader reader() {
        return reader(DATASET, ErddapReader.Format.CSV, Duration.ofSeconds(5));
    }

    private static RemoteSeries series(ErddapReader r, String code) throws RemoteException {
        return r.series().stream().filter(s -> s.variable().name().equals(code)).findFirst().orElseThrow();
    }

    /** The values of {@code variable} as the stored table holds them: "time value flag". */
    private static List<String> expected(String variable) throws IOException {
        String[] lines = ErddapReplay.resource(DATASET + ".csv").split("\n");
        List<String> header = List.of(lines[0].split(","));
        int v = header.indexOf(variable);
        int q = header.indexOf(variable.equals("TEMP") ? "TEMP_QC" : variable + "_qc");
        List<String> out = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            String[] c = lines[i].split(",");
            if (!c[v].equals("NaN")) {
                out.add(c[1] + " " + Double.valueOf(c[v]) + " " + c[q]);
            }
        }
        return out;
    }

    /** Reads a series to its end page by page, as the harvester does, dropping the repeat at each page's start. */
    private static List<String> harvest(ErddapReader r, RemoteSeries s, Instant from, int max) throws RemoteException {
        List<String> out = new ArrayList<>();
        RemoteObservation last = null;
        for (int pages = 0; pages < 10_000; pages++) {
            RemotePage p = r.observations(s, from, max);
            for (RemoteObservation o : p.observations()) {
                if (last != null && o.equals(last)) {
                    continue;
                }
                assertThat(last == null || o.phenomenonStart().isAfter(last.phenomenonStart()))
                        .as("oldest first, no time twice").isTrue();
                assertThat(o.phenomenonStart()).isAfterOrEqualTo(from == null ? Instant.MIN : from);
                out.add(o.phenomenonStart() + " " + o.result() + " " + o.remoteFlag());
                last = o;
            }
            assertThat(p.observations().size()).as("page size").isLessThanOrEqualTo(Math.max(2, max));
            if (!p.more()) {
                return out;
            }
            assertThat(last).as("a page that asks for more has moved on").isNotNull();
            assertThat(p.observations()).isNotEmpty();
            from = last.phenomenonStart();
        }
        throw new AssertionError("no end after 10,000 pages");
    }

    @Test
    void seriesOfEveryVariableWithValuesMappedOntoOceanSitesCodesAndP01() throws RemoteException {
        List<RemoteSeries> all = reader().series();
        assertThat(all).extracting(s -> s.variable().name())
                .containsExactlyInAnyOrder("ATMS", "CNDC", "DRYT", "PRES", "PSAL", "SVEL", "TEMP", "WDIR", "WSPD");
        RemoteSeries temp = all.stream().filter(s -> s.variable().name().equals("TEMP")).findFirst().orElseThrow();
        assertThat(temp.variable().definition()).isEqualTo("http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/");
        assertThat(temp.variable().properties()).containsEntry("standard_name", "sea_water_temperature")
                .containsEntry("sdn_parameter_urn", "SDN:P01::TEMPPR01");
        assertThat(temp.unit().symbol()).isEqualTo("degrees_C");
        assertThat(temp.properties()).containsEntry("depth", "21.0").containsEntry("erddap_qc_variable", "TEMP_QC");
        assertThat(temp.remoteId()).isEqualTo("OBSEA_MO_201402/OBSEA/TEMP/21.0");
        assertThat(temp.platform().remoteId()).isEqualTo("OBSEA");
        assertThat(temp.platform().latitude()).isEqualTo(41.182);
        assertThat(temp.platform().longitude()).isEqualTo(1.75235);
        assertThat(temp.platform().properties()).containsEntry("site_code", "OBSEA")
                .containsKeys("title", "institution", "license");
        RemoteSeries air = all.stream().filter(s -> s.variable().name().equals("DRYT")).findFirst().orElseThrow();
        assertThat(air.variable().remoteId()).isEqualTo("air_temp");
        assertThat(air.variable().definition()).isEqualTo("http://mmisw.org/ont/cf/parameter/air_temperature");
        assertThat(air.properties()).containsEntry("depth", "-3.0").containsEntry("erddap_qc_variable", "air_temp_qc");
    }

    @ParameterizedTest(name = "{0} rows a page, {1}")
    @CsvSource({"9,CSV", "100,CSV", "5000,CSV", "13,JSON", "250,JSON"})
    void everyValueAndFlagOnceForAnyPageSize(int max, ErddapReader.Format format) throws Exception {
        ErddapReader r = reader(DATASET, format, Duration.ofSeconds(5));
        assertThat(harvest(r, series(r, "TEMP"), null, max)).containsExactlyElementsOf(expected("TEMP"));
        assertThat(harvest(r, series(r, "ATMS"), null, max * 3)).containsExactlyElementsOf(expected("atmospheric_pressure"));
    }

    @Test
    void smallPagesMoveOnEachTime() throws Exception {
        ErddapReader r = reader();
        Instant from = Instant.parse("2014-02-27T00:00:00Z");
        assertThat(harvest(r, series(r, "TEMP"), from, 1)).containsExactlyElementsOf(expected("TEMP").stream()
                .filter(s -> !Instant.parse(s.split(" ")[0]).isBefore(from)).toList());
        assertThat(harvest(r, series(r, "TEMP"), from, 2)).containsExactlyElementsOf(expected("TEMP").stream()
                .filter(s -> !Instant.parse(s.split(" ")[0]).isBefore(from)).toList());
    }

    @Test
    void incrementalFromAWatermarkBeforeInsideAndAfterTheData() throws Exception {
        ErddapReader r = reader();
        RemoteSeries temp = series(r, "TEMP");
        List<String> all = expected("TEMP");
        assertThat(harvest(r, temp, Instant.parse("2013-06-01T00:00:00Z"), 50)).containsExactlyElementsOf(all);
        Instant mid = Instant.parse("2014-02-20T12:00:00Z");
        assertThat(harvest(r, temp, mid, 50)).containsExactlyElementsOf(
                all.stream().filter(s -> !Instant.parse(s.split(" ")[0]).isBefore(mid)).toList());
        RemotePage after = r.observations(temp, Instant.parse("2014-03-01T00:00:00Z"), 50);
        assertThat(after.observations()).isEmpty();
        assertThat(after.more()).isFalse();
    }

    @Test
    void pagesAdaptTheirTimeWindowToTheRequestedSize() throws Exception {
        ErddapReader r = reader();
        RemoteSeries temp = series(r, "TEMP");
        int before = erddap.requests().size();
        List<String> values = harvest(r, temp, null, 40);
        int requests = erddap.requests().size() - before;
        assertThat(values).hasSize(expected("TEMP").size());
        assertThat(requests).as("about one request per 30 rows").isBetween(values.size() / 40, values.size() / 15);
    }

    @Test
    void repeatedRowsComeOutOnce() throws Exception {
        ErddapReader r = reader();
        RemoteSeries temp = series(r, "TEMP");
        erddap.fault(ErddapReplay.Fault.REPEATED_ROWS, 0);
        assertThat(harvest(r, temp, null, 100)).containsExactlyElementsOf(expected("TEMP"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ERROR_500,CSV", "TRUNCATED,CSV", "TRUNCATED,JSON", "STOP_MID_BODY,CSV", "SLOW,CSV"})
    void faultsAreRetryableErrorsAndTheHarvestGoesOnAfterThem(ErddapReplay.Fault fault, ErddapReader.Format format)
            throws Exception {
        ErddapReader r = reader(DATASET, format, Duration.ofSeconds(3));
        RemoteSeries temp = series(r, "TEMP");
        erddap.slowFor(Duration.ofSeconds(4));
        List<String> got = new ArrayList<>();
        RemotePage first = r.observations(temp, null, 100);
        first.observations().forEach(o -> got.add(o.phenomenonStart() + " " + o.result() + " " + o.remoteFlag()));
        Instant from = first.observations().get(first.observations().size() - 1).phenomenonStart();
        erddap.fault(fault, 0);
        assertThatThrownBy(() -> r.observations(temp, from, 100)).isInstanceOf(RemoteException.class)
                .matches(e -> ((RemoteException) e).retryable(), "retryable");
        erddap.fault(ErddapReplay.Fault.NONE, 0);
        List<String> rest = harvest(r, temp, from, 100);
        got.addAll(rest.subList(1, rest.size()));
        assertThat(got).containsExactlyElementsOf(expected("TEMP"));
    }

    @Test
    void anUnknownDatasetIsNotRetryable() {
        assertThatThrownBy(() -> reader("NO_SUCH_DATASET", ErddapReader.Format.CSV, Duration.ofSeconds(5)).series())
                .isInstanceOf(RemoteException.class).hasMessageContaining("NO_SUCH_DATASET")
                .matches(e -> !((RemoteException) e).retryable(), "not retryable");
    }

    @Test
    void aQueryTheRemoteRefusesIsNotRetryable() throws Exception {
        ErddapReader r = reader();
        RemoteSeries temp = series(r, "TEMP");
        java.util.Map<String, Object> props = new java.util.HashMap<>(temp.properties());
        props.put("erddap_variable", "TEMP_RENAMED");
        RemoteSeries gone = new RemoteSeries(temp.remoteId(), temp.name(), temp.description(), temp.platform(),
                temp.sensor(), temp.variable(), temp.unit(), temp.observationType(), props);
        assertThatThrownBy(() -> r.observations(gone, null, 10)).isInstanceOf(RemoteException.class)
                .hasMessageContaining("400").matches(e -> !((RemoteException) e).retryable(), "not retryable");
    }

    @Test
    void anUnreachableRemoteIsRetryable() {
        SourceSpec spec = new SourceSpec("gone", SourceKind.ERDDAP, URI.create("http://localhost:1/erddap"), DATASET,
                null, null);
        assertThatThrownBy(() -> new ErddapReader(spec, HTTP, Duration.ofSeconds(2)).series())
                .isInstanceOf(RemoteException.class).matches(e -> ((RemoteException) e).retryable(), "retryable");
    }
}
