package eu.emso.dmp.server.exports;

import static eu.emso.dmp.server.exports.ExportServer.download;
import static eu.emso.dmp.server.exports.ExportServer.observations;
import static eu.emso.dmp.server.exports.ExportServer.thing;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ucar.ma2.Array;
import ucar.nc2.NetcdfFile;
import ucar.nc2.Variable;

/**
 * The NetCDF export of a Thing read back by three independent readers (netCDF-Java, Python's
 * netCDF4 on the C library, ncdump), every value and flag compared with what SensorThings serves,
 * and the CF-1.8 / OceanSITES 1.4 attributes a data centre checks.
 */
class NetcdfExportTest {
    private static Path file;

    @BeforeAll
    static void export() throws IOException {
        file = download("/exports/netcdf?thing=" + thing(), ".nc");
    }

    @Test
    @DisplayName("netCDF-Java reads every value and QARTOD flag that STA serves, one TIME axis for all series")
    void netcdfJavaReadsWhatStaServes() throws Exception {
        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            assertThat(nc.findGlobalAttribute("Conventions").getStringValue()).contains("CF-1.8", "OceanSITES-1.4");
            assertThat(nc.findGlobalAttribute("featureType").getStringValue()).isEqualTo("timeSeries");
            assertThat(nc.findGlobalAttribute("platform_code").getStringValue()).isEqualTo("OBSEA");
            assertThat(nc.findGlobalAttribute("time_coverage_start").getStringValue()).isEqualTo("2014-02-01T00:00:00Z");
            assertThat(nc.findDimension("TIME").isUnlimited()).isTrue();
            double[] days = (double[]) nc.findVariable("TIME").read().get1DJavaArray(double.class);
            Map<Instant, Integer> index = new HashMap<>();
            for (int i = 0; i < days.length; i++) {
                index.put(Instant.ofEpochMilli(Math.round(days[i] * 86_400_000.0) - 631_152_000_000L), i);
            }
            int series = 0;
            for (Variable v : nc.getVariables()) {
                if (v.findAttribute("datastream_id") == null) {
                    continue;
                }
                series++;
                long ds = v.findAttribute("datastream_id").getNumericValue().longValue();
                double[] values = (double[]) v.read().get1DJavaArray(double.class);
                byte[] flags = (byte[]) nc.findVariable(v.getShortName() + "_QC").read().get1DJavaArray(byte.class);
                List<ExportServer.Obs> sta = observations(ds);
                boolean[] seen = new boolean[days.length];
                for (ExportServer.Obs o : sta) {
                    int i = index.get(o.time());
                    seen[i] = true;
                    assertThat(values[i]).as(v.getShortName() + " at " + o.time()).isEqualTo(o.result());
                    assertThat(flags[i]).as(v.getShortName() + "_QC at " + o.time()).isEqualTo((byte) (o.flag() == 0 ? 2 : o.flag()));
                }
                for (int i = 0; i < days.length; i++) {
                    if (!seen[i]) {
                        assertThat(values[i]).isNaN();
                        assertThat(flags[i]).isEqualTo((byte) 9);
                    }
                }
            }
            assertThat(series).isEqualTo(ExportServer.datastreams().size());
        }
    }

    @Test
    @DisplayName("CF and OceanSITES variable attributes: units, standard_name, NVS URIs, flag_values, sensor_id, cf_role")
    void variableAttributes() throws Exception {
        try (NetcdfFile nc = NetcdfFile.open(file.toString())) {
            Variable temp = nc.findVariable("TEMP");
            assertThat(temp.findAttribute("standard_name").getStringValue()).isEqualTo("sea_water_temperature");
            assertThat(temp.findAttribute("units").getStringValue()).isEqualTo("degC");
            assertThat(temp.findAttribute("sdn_parameter_urn").getStringValue()).isEqualTo("SDN:P01::TEMPPR01");
            assertThat(temp.findAttribute("coordinates").getStringValue()).isEqualTo("TIME DEPTH LATITUDE LONGITUDE");
            assertThat(temp.findAttribute("ancillary_variables").getStringValue()).isEqualTo("TEMP_QC");
            assertThat(temp.findAttribute("sensor_id").getStringValue()).isNotBlank();
            Variable qc = nc.findVariable("TEMP_QC");
            Array fv = qc.findAttribute("flag_values").getValues();
            assertThat((byte[]) fv.get1DJavaArray(byte.class)).containsExactly(1, 2, 3, 4, 9);
            assertThat(qc.findAttribute("flag_meanings").getStringValue()).isEqualTo("good not_evaluated suspect fail missing");
            assertThat(nc.findVariable("platform_id").findAttribute("cf_role").getStringValue()).isEqualTo("timeseries_id");
            assertThat(nc.findVariable("platform_id").readScalarString()).isEqualTo("OBSEA");
            assertThat(nc.findVariable("LATITUDE").readScalarDouble()).isEqualTo(41.1819);
            assertThat(nc.findVariable("sensor_id").getShape()[0]).isPositive();
            for (String code : List.of("PSAL", "CNDC")) {
                if (nc.findVariable(code) != null) {
                    assertThat(nc.findVariable(code).findAttribute("standard_name").getStringValue()).startsWith("sea_water_");
                }
            }
        }
    }

    @Test
    @DisplayName("Python netCDF4 (the C library) reads the same values, flags and times as STA serves")
    void pythonNetcdf4ReadsWhatStaServes() throws Exception {
        String script = String.join("\n",
                "import json, sys, math, datetime, netCDF4",
                "d = netCDF4.Dataset(sys.argv[1])",
                "t = d.variables['TIME']",
                "times = netCDF4.num2date(t[:], t.units, only_use_cftime_datetimes=False, only_use_python_datetimes=True)",
                "epoch = datetime.datetime(1970, 1, 1)",
                "out = {'format': d.data_model, 'featureType': d.featureType, 'times': [round((x - epoch).total_seconds() * 1000) for x in times], 'vars': {}}",
                "for name, v in d.variables.items():",
                "    if 'datastream_id' in v.ncattrs():",
                "        vals = v[:].filled(float('nan')).tolist()",
                "        qc = d.variables[name + '_QC'][:].filled(-127).tolist()",
                "        out['vars'][name] = {'ds': int(v.datastream_id), 'units': v.units, 'values': [None if math.isnan(x) else x for x in vals], 'qc': qc}",
                "print(json.dumps(out))");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, file.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(text).isZero();
        JsonNode out = Json.mapper().readTree(text);
        assertThat(out.path("format").asText()).isEqualTo("NETCDF3_64BIT_OFFSET");
        assertThat(out.path("featureType").asText()).isEqualTo("timeSeries");
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < out.path("times").size(); i++) {
            index.put(out.path("times").get(i).asLong(), i);
        }
        assertThat(out.path("vars").size()).isEqualTo(ExportServer.datastreams().size());
        for (JsonNode v : out.path("vars")) {
            for (ExportServer.Obs o : observations(v.path("ds").asLong())) {
                int i = index.get(o.time().toEpochMilli());
                assertThat(v.path("values").get(i).asDouble()).isEqualTo(o.result());
                assertThat(v.path("qc").get(i).asInt()).isEqualTo(o.flag() == 0 ? 2 : o.flag());
            }
        }
    }

    @Test
    @DisplayName("ncdump: a 64-bit offset file with an unlimited TIME, featureType timeSeries and QC flag variables")
    void ncdumpHeader() throws Exception {
        assertThat(run("ncdump", "-k", file.toString()).trim()).isEqualTo("64-bit offset");
        String h = run("ncdump", "-h", file.toString());
        assertThat(h).contains("TIME = UNLIMITED", ":featureType = \"timeSeries\"", "byte TEMP_QC(TIME)",
                "TEMP_QC:flag_values = 1b, 2b, 3b, 4b, 9b", "double TEMP(TIME)", ":Conventions = \"CF-1.8, OceanSITES-1.4");
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(text).isZero();
        return text;
    }
}
