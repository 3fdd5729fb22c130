package eu.emso.dmp.egim.parse;

import java.util.ArrayList;
import java.util.List;
import ucar.ma2.DataType;
import ucar.nc2.Attribute;
import ucar.nc2.Dimension;
import ucar.nc2.NetcdfFile;
import ucar.nc2.Variable;

/**
 * Finds the parts of an OceanSITES / CF time-series NetCDF file the parser needs: the time
 * coordinate, the depth coordinate, the data variables grouped by shape ({@code (TIME)} and
 * {@code (TIME, DEPTH)}), their {@code _QC} companions and the {@code sensor_id} variable.
 * Immutable after construction.
 */
final class NetcdfLayout {

    /** A data variable and its quality-flag companion (may be null). */
    record DataVariable(Variable values, Variable flags) {
    }

    final Variable time;
    final Variable depth;
    final Variable sensorId;
    final List<DataVariable> series;
    final List<DataVariable> profiles;

    NetcdfLayout(NetcdfFile file) {
        this.time = coordinate(file, "T", "TIME", "time");
        this.depth = coordinate(file, "Z", "DEPTH", "depth");
        Dimension t = time == null || time.getRank() != 1 ? null : time.getDimension(0);
        Dimension d = depth == null || depth.getRank() != 1 ? null : depth.getDimension(0);
        Variable ids = file.findVariable("sensor_id");
        boolean strings = ids != null && (ids.getDataType() == DataType.STRING && ids.getRank() == 2
                || ids.getDataType() == DataType.CHAR && ids.getRank() == 3);
        this.sensorId = strings && ids.getDimension(0).equals(t) && ids.getDimension(1).equals(d) ? ids : null;
        List<DataVariable> oneD = new ArrayList<>();
        List<DataVariable> twoD = new ArrayList<>();
        for (Variable v : file.getVariables()) {
            if (t == null || v == time || !v.getDataType().isNumeric() || v.getShortName().endsWith("_QC")
                    || v.getRank() == 0 || !v.getDimension(0).equals(t)) {
                continue;
            }
            Variable qc = file.findVariable(v.getShortName() + "_QC");
            Variable flags = qc != null && qc.getShape().length == v.getShape().length
                    && java.util.Arrays.equals(qc.getShape(), v.getShape()) ? qc : null;
            if (v.getRank() == 1) {
                oneD.add(new DataVariable(v, flags));
            } else if (v.getRank() == 2 && v.getDimension(1).equals(d)) {
                twoD.add(new DataVariable(v, flags));
            }
        }
        this.series = List.copyOf(oneD);
        this.profiles = List.copyOf(twoD);
    }

    /** The number of time steps, 0 without a time coordinate. */
    int timeSteps() {
        return time == null ? 0 : (int) time.getSize();
    }

    /** The number of depths, 0 without a depth coordinate. */
    int depths() {
        return depth == null || depth.getRank() != 1 ? 0 : (int) depth.getSize();
    }

    private static Variable coordinate(NetcdfFile file, String axis, String... names) {
        for (Variable v : file.getVariables()) {
            Attribute a = v.findAttribute("axis");
            if (a != null && a.isString() && axis.equalsIgnoreCase(a.getStringValue()) && v.getRank() == 1) {
                return v;
            }
        }
        for (String name : names) {
            Variable v = file.findVariable(name);
            if (v != null && v.getRank() == 1) {
                return v;
            }
        }
        return null;
    }

    /** The value of a string attribute, or null. */
    static String text(Variable v, String name) {
        Attribute a = v.findAttribute(name);
        return a == null ? null : a.isString() ? a.getStringValue() : String.valueOf(a.getNumericValue());
    }

    /** The fill value of a variable ({@code _FillValue}, else {@code missing_value}), or NaN. */
    static double fill(Variable v) {
        for (String name : List.of("_FillValue", "missing_value")) {
            Attribute a = v.findAttribute(name);
            if (a != null && !a.isString() && a.getNumericValue() != null) {
                return a.getNumericValue().doubleValue();
            }
        }
        return Double.NaN;
    }
}
