package eu.emso.dmp.egim.parse;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import ucar.ma2.Array;
import ucar.ma2.ArrayChar;
import ucar.ma2.InvalidRangeException;
import ucar.nc2.Variable;

/**
 * Walks the data points of a NetCDF time series block by block and emits one outcome per point
 * (see {@link OceanSitesNetcdfParser}). Not thread-safe (one per parse).
 */
final class NetcdfPoints {

    /** Time steps read per block. */
    static final int BLOCK = 512;

    private final NetcdfLayout layout;
    private final Consumer<? super ParseEvent> sink;
    private final CfTimeUnits timeUnits;
    private final String timeProblem;
    private long ordinal;

    NetcdfPoints(NetcdfLayout layout, Consumer<? super ParseEvent> sink) {
        this.layout = layout;
        this.sink = sink;
        CfTimeUnits units = null;
        String problem = null;
        try {
            units = layout.time == null ? null : CfTimeUnits.parse(NetcdfLayout.text(layout.time, "units"));
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        this.timeUnits = units;
        this.timeProblem = problem;
    }

    void emitAll() throws IOException, InvalidRangeException {
        int steps = layout.timeSteps();
        int depths = layout.depths();
        Array depthValues = depths == 0 ? null : layout.depth.read();
        double depthFill = depths == 0 ? Double.NaN : NetcdfLayout.fill(layout.depth);
        for (int t0 = 0; t0 < steps; t0 += BLOCK) {
            int len = Math.min(BLOCK, steps - t0);
            Array times = layout.time.read(new int[] {t0}, new int[] {len});
            Block series = Block.read(layout.series, t0, len, 0);
            Block profiles = Block.read(layout.profiles, t0, len, depths);
            Array ids = sensorIds(t0, len, depths);
            for (int k = 0; k < len; k++) {
                double time = times.getDouble(k);
                if (!series.isEmpty()) {
                    emit(time, null, null, series, k);
                }
                for (int d = 0; d < depths && !profiles.isEmpty(); d++) {
                    double z = depthValues.getDouble(d);
                    Double depth = Double.isNaN(z) || z == depthFill ? null : z;
                    String id = ids == null ? null : String.valueOf(ids.getObject(k * depths + d)).strip();
                    emit(time, depth, id, profiles, k * depths + d);
                }
            }
        }
    }

    /** The sensor ids of a block as a flat array of strings (time-major), or null. */
    private Array sensorIds(int t0, int len, int depths) throws IOException, InvalidRangeException {
        Variable ids = layout.sensorId;
        if (ids == null) {
            return null;
        }
        if (ids.getRank() == 3) {
            int width = ids.getShape()[2];
            Array chars = ids.read(new int[] {t0, 0, 0}, new int[] {len, depths, width});
            return ((ArrayChar) chars).make1DStringArray();
        }
        return ids.read(new int[] {t0, 0}, new int[] {len, depths});
    }

    private void emit(double time, Double depth, String sensorId, Block block, int index) {
        long n = ++ordinal;
        StringBuilder raw = new StringBuilder(layout.time.getShortName()).append('=').append(time);
        if (depth != null) {
            raw.append(' ').append(layout.depth.getShortName()).append('=').append(depth);
        }
        List<Measurement> values = new ArrayList<>(block.size());
        for (int i = 0; i < block.size(); i++) {
            Measurement m = block.measurement(i, index, depth, raw);
            if (m != null) {
                values.add(m);
            }
        }
        String rawText = raw.toString();
        if (timeUnits == null) {
            sink.accept(new Rejected(n, rawText, timeProblem == null ? "no time coordinate" : timeProblem));
        } else if (Double.isNaN(time) || time == NetcdfLayout.fill(layout.time)) {
            sink.accept(new Rejected(n, rawText, "missing TIME value"));
        } else if (values.isEmpty()) {
            sink.accept(new Skipped(n, rawText, "no value at this time and depth"));
        } else {
            Instant t = timeUnits.toInstant(time);
            sink.accept(new RawRecord(n, rawText, t, null, sensorId == null || sensorId.isEmpty() ? null : sensorId, values));
        }
    }

    /** The values and flags of one variable group for a block of time steps. */
    private record Block(List<NetcdfLayout.DataVariable> variables, List<Array> values, List<Array> flags) {

        static Block read(List<NetcdfLayout.DataVariable> variables, int t0, int len, int depths)
                throws IOException, InvalidRangeException {
            int[] origin = depths == 0 ? new int[] {t0} : new int[] {t0, 0};
            int[] shape = depths == 0 ? new int[] {len} : new int[] {len, depths};
            List<Array> values = new ArrayList<>();
            List<Array> flags = new ArrayList<>();
            for (NetcdfLayout.DataVariable v : variables) {
                values.add(v.values().read(origin, shape));
                flags.add(v.flags() == null ? null : v.flags().read(origin, shape));
            }
            return new Block(variables, values, flags);
        }

        boolean isEmpty() {
            return variables.isEmpty();
        }

        int size() {
            return variables.size();
        }

        /** The measurement of variable i at a flat index, or null if fill; appends to raw text. */
        Measurement measurement(int i, int index, Double depth, StringBuilder raw) {
            Variable v = variables.get(i).values();
            double value = values.get(i).getDouble(index);
            raw.append(' ').append(v.getShortName()).append('=').append(value);
            Integer flag = null;
            if (flags.get(i) != null) {
                Variable qc = variables.get(i).flags();
                int q = flags.get(i).getInt(index);
                raw.append(' ').append(qc.getShortName()).append('=').append(q);
                flag = q == NetcdfLayout.fill(qc) ? null : q;
            }
            if (Double.isNaN(value) || value == NetcdfLayout.fill(v)) {
                return null;
            }
            double scaled = value * attribute(v, "scale_factor", 1) + attribute(v, "add_offset", 0);
            String units = NetcdfLayout.text(v, "units");
            return new Measurement(v.getShortName(), scaled, units == null ? "" : units, flag, depth);
        }

        private static double attribute(Variable v, String name, double otherwise) {
            var a = v.findAttribute(name);
            return a == null || a.isString() ? otherwise : a.getNumericValue().doubleValue();
        }
    }
}
