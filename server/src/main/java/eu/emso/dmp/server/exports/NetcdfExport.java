package eu.emso.dmp.server.exports;

import java.io.IOException;
import java.nio.file.Path;
import ucar.ma2.ArrayByte;
import ucar.ma2.ArrayDouble;
import ucar.ma2.InvalidRangeException;
import ucar.nc2.NetcdfFileWriter;
import ucar.nc2.Variable;

/**
 * Writes an export of one platform as a NetCDF-3 file with 64-bit offsets (netCDF-Java writes
 * NetCDF-4 only through the native C library), laid out by {@link NetcdfLayout}. Rows are
 * buffered {@link #CHUNK} at a time and written along the record dimension {@code TIME}, so the
 * heap holds one chunk however long the series. Not thread-safe.
 */
final class NetcdfExport implements ExportWriter {
    /** Rows per write along the record dimension. */
    static final int CHUNK = 8_192;
    private static final double SECONDS_PER_DAY = 86_400.0;
    private final NetcdfFileWriter w;
    private final Variable time;
    private final Variable[] values;
    private final Variable[] flags;
    private final double[] times = new double[CHUNK];
    private final double[][] v;
    private final byte[][] f;
    private int buffered;
    private int written;

    NetcdfExport(Path file, Selection s, ExportRequest r, Extent e) throws IOException {
        if (s.stations().size() != 1) {
            throw new ExportException(400, "datastreams: a NetCDF export holds the series of one platform; these "
                    + "Datastreams belong to " + s.stations().size() + " Things: export each Thing on its own");
        }
        w = NetcdfFileWriter.createNew(NetcdfFileWriter.Version.netcdf3, file.toString());
        w.setLargeFile(true);
        w.setFill(false);
        var sensors = NetcdfLayout.define(w, s, r, e);
        w.create();
        NetcdfLayout.writeStatic(w, s.stations().get(0), sensors);
        time = w.findVariable("TIME");
        int n = s.variables().size();
        values = new Variable[n];
        flags = new Variable[n];
        v = new double[n][CHUNK];
        f = new byte[n][CHUNK];
        for (int i = 0; i < n; i++) {
            values[i] = w.findVariable(s.variables().get(i).name());
            flags[i] = w.findVariable(s.variables().get(i).name() + "_QC");
        }
    }

    @Override
    public void row(Row r) throws IOException {
        double seconds = r.time().getEpochSecond() - NetcdfLayout.EPOCH.getEpochSecond() + r.time().getNano() / 1e9;
        times[buffered] = seconds / SECONDS_PER_DAY;
        for (int i = 0; i < values.length; i++) {
            v[i][buffered] = r.values()[i];
            int flag = r.flags()[i];
            f[i][buffered] = (byte) (flag == Row.ABSENT ? 9 : flag == 0 ? 2 : flag);
        }
        if (++buffered == CHUNK) {
            flush();
        }
    }

    private void flush() throws IOException {
        if (buffered == 0) {
            return;
        }
        try {
            int[] origin = {written};
            w.write(time, origin, slice(times));
            for (int i = 0; i < values.length; i++) {
                w.write(values[i], origin, slice(v[i]));
                ArrayByte.D1 q = new ArrayByte.D1(buffered);
                for (int k = 0; k < buffered; k++) {
                    q.set(k, f[i][k]);
                }
                w.write(flags[i], origin, q);
            }
        } catch (InvalidRangeException e) {
            throw new IllegalStateException(e);
        }
        written += buffered;
        buffered = 0;
    }

    private ArrayDouble.D1 slice(double[] a) {
        ArrayDouble.D1 d = new ArrayDouble.D1(buffered);
        for (int k = 0; k < buffered; k++) {
            d.set(k, a[k]);
        }
        return d;
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            w.close();
        }
    }
}
