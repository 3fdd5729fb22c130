package eu.emso.dmp.server.exports;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import ucar.ma2.Array;
import ucar.ma2.ArrayChar;
import ucar.ma2.DataType;
import ucar.nc2.Attribute;
import ucar.nc2.NetcdfFileWriter;
import ucar.nc2.Variable;

/**
 * The header of an export as a CF-1.8 discrete sampling geometry {@code timeSeries} of one
 * platform with OceanSITES 1.4 / EMSO metadata: the record dimension {@code TIME}, scalar
 * {@code LATITUDE}, {@code LONGITUDE}, {@code DEPTH}, {@code platform_id} (cf_role
 * timeseries_id), {@code sensor_id} (one row per Sensor), and for each series {@code <VAR>(TIME)}
 * with units, standard name and NVS URIs, and {@code <VAR>_QC(TIME)} with the QARTOD flags.
 * Stateless.
 */
final class NetcdfLayout {
    /** TIME is in days since this instant (OceanSITES). */
    static final Instant EPOCH = Instant.parse("1950-01-01T00:00:00Z");
    static final byte QC_FILL = -127;

    private NetcdfLayout() {
    }

    /** Defines dimensions, variables and attributes; returns the sensor identifiers in row order. */
    static Map<String, Integer> define(NetcdfFileWriter w, Selection s, ExportRequest r, Extent e) {
        Station st = s.stations().get(0);
        w.addUnlimitedDimension("TIME");
        Map<String, Integer> sensors = new LinkedHashMap<>();
        int idLength = 1;
        for (eu.emso.dmp.server.exports.Variable v : s.variables()) {
            sensors.putIfAbsent(v.sensor().identifier(), sensors.size());
            idLength = Math.max(idLength, v.sensor().identifier().length());
        }
        w.addDimension(null, "SENSOR", sensors.size());
        w.addDimension(null, "sensor_id_strlen", idLength);
        w.addDimension(null, "platform_id_strlen", Math.max(1, st.code().length()));
        Variable time = w.addVariable(null, "TIME", DataType.DOUBLE, "TIME");
        put(w, time, "standard_name", "time", "long_name", "Time of measurement", "units",
                "days since 1950-01-01T00:00:00Z", "calendar", "standard", "axis", "T", "variable_type", "coordinate");
        coordinate(w, "LATITUDE", "latitude", "degrees_north", "Y", st.latitude());
        coordinate(w, "LONGITUDE", "longitude", "degrees_east", "X", st.longitude());
        Variable depth = coordinate(w, "DEPTH", "depth", "m", "Z", st.depth());
        put(w, depth, "positive", "down");
        Variable platform = w.addVariable(null, "platform_id", DataType.CHAR, "platform_id_strlen");
        put(w, platform, "cf_role", "timeseries_id", "long_name", "platform code", "variable_type", "platform");
        Variable sensor = w.addVariable(null, "sensor_id", DataType.CHAR, "SENSOR sensor_id_strlen");
        put(w, sensor, "long_name", "identifier (serial number) of each sensor", "variable_type", "sensor");
        for (eu.emso.dmp.server.exports.Variable v : s.variables()) {
            data(w, v);
            flags(w, v);
        }
        global(w, s, st, r, e);
        return sensors;
    }

    private static void data(NetcdfFileWriter w, eu.emso.dmp.server.exports.Variable v) {
        Variable d = w.addVariable(null, v.name(), DataType.DOUBLE, "TIME");
        w.addVariableAttribute(d, new Attribute("_FillValue", Double.NaN));
        put(w, d, "long_name", v.longName(), "units", v.units(), "coordinates", "TIME DEPTH LATITUDE LONGITUDE",
                "ancillary_variables", v.name() + "_QC", "variable_type", "environmental");
        if (v.standardName() != null) {
            put(w, d, "standard_name", v.standardName());
        }
        String p01 = Vocabulary.p01(v.definition());
        put(w, d, "sdn_parameter_uri", v.definition(), "sdn_parameter_urn", p01.isEmpty() ? "" : "SDN:P01::" + p01,
                "sdn_uom_name", v.unitName(), "sdn_uom_uri", v.unitUri(), "sensor_id", v.sensor().identifier(),
                "sensor_name", v.sensor().name(), "sensor_serial_number", v.sensor().serial(),
                "sensor_model", v.sensor().model(), "sensor_manufacturer", v.sensor().manufacturer(),
                "sensor_reference", v.sensor().reference(), "datastream_name", v.title());
        // NetCDF-3 has no 64-bit integers: an id beyond int range is written as a double (exact below 2^53)
        Number id = v.datastream() <= Integer.MAX_VALUE ? (Number) (int) v.datastream() : (Number) (double) v.datastream();
        w.addVariableAttribute(d, new Attribute("datastream_id", id));
    }

    private static void flags(NetcdfFileWriter w, eu.emso.dmp.server.exports.Variable v) {
        Variable q = w.addVariable(null, v.name() + "_QC", DataType.BYTE, "TIME");
        w.addVariableAttribute(q, new Attribute("_FillValue", QC_FILL));
        put(w, q, "long_name", "quality flag of " + v.name(), "conventions", "QARTOD", "variable_type", "quality_control");
        w.addVariableAttribute(q, new Attribute("valid_min", (byte) 1));
        w.addVariableAttribute(q, new Attribute("valid_max", (byte) 9));
        w.addVariableAttribute(q, new Attribute("flag_values", Array.factory(ExportWriter.FLAG_VALUES.clone())));
        put(w, q, "flag_meanings", ExportWriter.FLAG_MEANINGS);
    }

    private static void global(NetcdfFileWriter w, Selection s, Station st, ExportRequest r, Extent e) {
        st.properties().forEach((k, val) -> {
            if (k.matches("[a-z][a-z0-9_]*")) {
                w.addGroupAttribute(null, new Attribute(k, val));
            }
        });
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String start = e.first() == null ? "" : e.first().toString();
        String end = e.last() == null ? "" : e.last().toString();
        String[] kv = {"Conventions", "CF-1.8, OceanSITES-1.4, ACDD-1.3", "featureType", "timeSeries",
            "cdm_data_type", "Station", "data_type", "OceanSITES time-series data", "format_version", "1.4",
            "netcdf_version", "NetCDF-3 64-bit offset", "naming_authority", "OceanSITES", "data_mode", "R",
            "title", st.name() + " time series", "summary", st.description(), "platform_code", st.code(),
            "platform_name", st.name(), "site_code", st.properties().getOrDefault("site_code", st.code()),
            "id", "OS_" + st.code().replaceAll("[^A-Za-z0-9-]", "_") + "_" + (start.isEmpty() ? "" : start.substring(0, 10)
                    .replace("-", "")) + "_R",
            "source", "EMSO DMP server", "qc_manual", "QARTOD (IOOS Manual for Real-Time Quality Control)",
            "time_coverage_start", start, "time_coverage_end", end, "date_created", now, "date_modified", now,
            "geospatial_vertical_positive", "down", "history", now + " exported: " + Describe.selection(r),
            "processing_level", "Data interpolated and QC'd in real time (QARTOD)"};
        for (int i = 0; i < kv.length; i += 2) {
            w.addGroupAttribute(null, new Attribute(kv[i], kv[i + 1] == null ? "" : kv[i + 1]));
        }
        for (String[] g : new String[][] {{"lat", "latitude"}, {"lon", "longitude"}, {"vertical", "depth"}}) {
            double v = g[1].equals("latitude") ? st.latitude() : g[1].equals("longitude") ? st.longitude() : st.depth();
            if (!Double.isNaN(v)) {
                w.addGroupAttribute(null, new Attribute("geospatial_" + g[0] + "_min", v));
                w.addGroupAttribute(null, new Attribute("geospatial_" + g[0] + "_max", v));
            }
        }
    }

    private static Variable coordinate(NetcdfFileWriter w, String name, String standard, String units, String axis,
                                       double value) {
        Variable v = w.addVariable(null, name, DataType.DOUBLE, "");
        w.addVariableAttribute(v, new Attribute("_FillValue", Double.NaN));
        put(w, v, "standard_name", standard, "units", units, "axis", axis, "variable_type", "coordinate");
        return v;
    }

    private static void put(NetcdfFileWriter w, Variable v, String... kv) {
        for (int i = 0; i < kv.length; i += 2) {
            w.addVariableAttribute(v, new Attribute(kv[i], kv[i + 1] == null ? "" : kv[i + 1]));
        }
    }

    /** Writes the scalar and per-sensor variables, once, after the header is created. */
    static void writeStatic(NetcdfFileWriter w, Station st, Map<String, Integer> sensors) throws java.io.IOException {
        try {
            w.write(w.findVariable("LATITUDE"), Array.factory(DataType.DOUBLE, new int[0], new double[] {st.latitude()}));
            w.write(w.findVariable("LONGITUDE"), Array.factory(DataType.DOUBLE, new int[0], new double[] {st.longitude()}));
            w.write(w.findVariable("DEPTH"), Array.factory(DataType.DOUBLE, new int[0], new double[] {st.depth()}));
            w.write(w.findVariable("platform_id"), ArrayChar.makeFromString(st.code(), Math.max(1, st.code().length())));
            Variable s = w.findVariable("sensor_id");
            ArrayChar.D2 ids = new ArrayChar.D2(sensors.size(), s.getShape(1));
            sensors.forEach((id, row) -> ids.setString(row, id));
            w.write(s, ids);
        } catch (ucar.ma2.InvalidRangeException e) {
            throw new IllegalStateException(e);
        }
    }
}
