package eu.emso.dmp.server.exports;

import static eu.emso.dmp.server.exports.ExportServer.datastream;
import static eu.emso.dmp.server.exports.ExportServer.download;
import static eu.emso.dmp.server.exports.ExportServer.enc;
import static eu.emso.dmp.server.exports.ExportServer.json;
import static eu.emso.dmp.server.exports.ExportServer.observations;
import static eu.emso.dmp.server.exports.ExportServer.thing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ucar.nc2.NetcdfFile;

/**
 * SensorThings' {@code $resultFormat=NetCDF} on {@code Datastreams(id)/Observations}: the whole
 * series as the NetCDF export writes it, selected by {@code $filter}; options that page or shape
 * a collection are refused.
 */
class ResultFormatNetcdfTest {
    private static final Instant FROM = Instant.parse("2014-02-10T00:00:00Z");
    private static final Instant TO = Instant.parse("2014-02-17T00:00:00Z");

    @Test
    @DisplayName("$resultFormat=NetCDF&$filter=...: one CF/OceanSITES file holding exactly the Observations the filter selects")
    void netcdfOfAFilteredSeries() throws Exception {
        long temp = datastream("TEMP");
        String filter = enc("phenomenonTime ge " + FROM + " and phenomenonTime lt " + TO);
        Path file = download("/v1.1/Datastreams(" + temp + ")/Observations?$resultFormat=NetCDF&$filter=" + filter, ".nc");
        List<ExportServer.Obs> sta = observations(temp).stream()
                .filter(o -> !o.time().isBefore(FROM) && o.time().isBefore(TO)).toList();
        assertThat(sta).hasSizeGreaterThan(100);
        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            assertThat(nc.findGlobalAttribute("featureType").getStringValue()).isEqualTo("timeSeries");
            assertThat(nc.findGlobalAttribute("time_coverage_start").getStringValue()).isEqualTo(sta.get(0).time().toString());
            double[] days = (double[]) nc.findVariable("TIME").read().get1DJavaArray(double.class);
            double[] values = (double[]) nc.findVariable("TEMP").read().get1DJavaArray(double.class);
            byte[] flags = (byte[]) nc.findVariable("TEMP_QC").read().get1DJavaArray(byte.class);
            assertThat(nc.findVariable("TEMP").findAttribute("datastream_id").getNumericValue().longValue()).isEqualTo(temp);
            assertThat(values).hasSize(sta.size());
            for (int i = 0; i < sta.size(); i++) {
                ExportServer.Obs o = sta.get(i);
                assertThat(Instant.ofEpochMilli(Math.round(days[i] * 86_400_000.0) - 631_152_000_000L)).isEqualTo(o.time());
                assertThat(values[i]).isEqualTo(o.result());
                assertThat(flags[i]).isEqualTo((byte) (o.flag() == 0 ? 2 : o.flag()));
            }
        }
    }

    @Test
    @DisplayName("$resultFormat=NetCDF: 400 with paging options or on other collections, 404 for an unknown Datastream")
    void refusals() {
        long temp = datastream("TEMP");
        assertThat(json("/v1.1/Datastreams(" + temp + ")/Observations?$resultFormat=NetCDF&$top=10", 400)
                .path("message").asText()).contains("$top").contains("$filter");
        assertThat(json("/v1.1/Things(" + thing() + ")/Datastreams?$resultFormat=netcdf", 400).path("message").asText())
                .contains("Datastreams(id)/Observations");
        assertThat(json("/v1.1/Observations?$resultFormat=NetCDF", 400).path("message").asText())
                .contains("Datastreams(id)/Observations");
        json("/v1.1/Datastreams(987654321)/Observations?$resultFormat=NetCDF", 404);
        assertThat(json("/v1.1/Datastreams(" + temp + ")/Observations?$resultFormat=HDF5", 400).path("message").asText())
                .contains("NetCDF");
    }
}
