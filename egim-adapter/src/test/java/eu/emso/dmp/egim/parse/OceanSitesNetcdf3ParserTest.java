package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ucar.ma2.Array;
import ucar.ma2.ArrayChar;
import ucar.ma2.DataType;
import ucar.nc2.Attribute;
import ucar.nc2.Dimension;
import ucar.nc2.NetcdfFileWriter;
import ucar.nc2.Variable;

/**
 * A NetCDF-3 file written here covers what the W1M3A samples do not: a variable shaped
 * (TIME) beside (TIME, DEPTH) ones, packed values (scale_factor/add_offset), a character
 * sensor_id and a missing time. Per time step: one (TIME) point, then one point per depth.
 */
class OceanSitesNetcdf3ParserTest {

    @TempDir
    static Path dir;
    static Parsed parsed;

    @BeforeAll
    static void writeAndParse() throws Exception {
        Path file = dir.resolve("synthetic.nc");
        NetcdfFileWriter w = NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf3, file.toString());
        try {
            Dimension time = w.addDimension(null, "TIME", 3);
            Dimension depth = w.addDimension(null, "DEPTH", 2);
            Dimension strlen = w.addDimension(null, "STRLEN", 8);
            Variable t = w.addVariable(null, "TIME", DataType.DOUBLE, "TIME");
            w.addVariableAttribute(t, new Attribute("units", "seconds since 1970-01-01T00:00:00Z"));
            w.addVariableAttribute(t, new Attribute("_FillValue", -999.0));
            Variable z = w.addVariable(null, "DEPTH", DataType.FLOAT, "DEPTH");
            Variable ids = w.addVariable(null, "sensor_id", DataType.CHAR, List.of(time, depth, strlen));
            Variable temp = w.addVariable(null, "TEMP", DataType.SHORT, "TIME DEPTH");
            w.addVariableAttribute(temp, new Attribute("units", "degC"));
            w.addVariableAttribute(temp, new Attribute("scale_factor", 0.001));
            w.addVariableAttribute(temp, new Attribute("add_offset", 10.0));
            w.addVariableAttribute(temp, new Attribute("_FillValue", (short) -32768));
            Variable qc = w.addVariable(null, "TEMP_QC", DataType.BYTE, "TIME DEPTH");
            Variable atms = w.addVariable(null, "ATMS", DataType.DOUBLE, "TIME");
            w.addVariableAttribute(atms, new Attribute("units", "hPa"));
            w.create();
            w.write(t, Array.factory(new double[] {1485958234, 1485958244, -999}));
            w.write(z, Array.factory(new float[] {10, 20}));
            w.write(ids, sensorIds(3, new String[] {"37-14998", "4831-606"}, 8));
            w.write(temp, Array.factory(DataType.SHORT, new int[] {3, 2},
                    new short[] {3144, 2000, -32768, 2001, 3000, 3000}));
            w.write(qc, Array.factory(DataType.BYTE, new int[] {3, 2}, new byte[] {1, 3, 9, 1, 1, 1}));
            w.write(atms, Array.factory(new double[] {1011.5, Double.NaN, 1012.0}));
        } finally {
            w.close();
        }
        parsed = Parsed.path(new OceanSitesNetcdfParser(), file);
    }

    private static ArrayChar sensorIds(int steps, String[] perDepth, int width) {
        ArrayChar.D3 chars = new ArrayChar.D3(steps, perDepth.length, width);
        for (int i = 0; i < steps; i++) {
            for (int d = 0; d < perDepth.length; d++) {
                for (int c = 0; c < perDepth[d].length(); c++) {
                    chars.set(i, d, c, perDepth[d].charAt(c));
                }
            }
        }
        return chars;
    }

    @Test
    void everyPointOfBothGroupsHasOneOutcome() {
        parsed.assertEveryLineAccountedFor(9);
        assertThat(parsed.records()).extracting(RawRecord::lineNumber).containsExactly(1L, 2L, 3L, 6L);
        assertThat(parsed.skipped()).extracting(Skipped::lineNumber).containsExactly(4L, 5L);
        assertThat(parsed.rejected()).extracting(Rejected::lineNumber).containsExactly(7L, 8L, 9L);
        assertThat(parsed.rejected()).allSatisfy(r -> assertThat(r.reason()).isEqualTo("missing TIME value"));
    }

    @Test
    void packedValuesAreUnpackedAndCharacterSensorIdsRead() {
        RawRecord series = parsed.records().get(0);
        assertThat(series.time()).isEqualTo(Instant.parse("2017-02-01T14:10:34Z"));
        assertThat(series.sensorId()).isNull();
        assertThat(series.measurements()).containsExactly(new Measurement("ATMS", 1011.5, "hPa", null, null));

        RawRecord shallow = parsed.records().get(1);
        assertThat(shallow.sensorId()).isEqualTo("37-14998");
        assertThat(shallow.measurement("TEMP").value()).isCloseTo(13.144, within(1e-9));
        assertThat(shallow.measurement("TEMP").depth()).isEqualTo(10.0);
        assertThat(parsed.records().get(2).measurement("TEMP").sourceFlag()).isEqualTo(3);
        assertThat(parsed.records().get(3).sensorId()).isEqualTo("4831-606");
    }
}
