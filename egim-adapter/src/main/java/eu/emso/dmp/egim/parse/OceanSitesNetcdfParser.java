package eu.emso.dmp.egim.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import ucar.nc2.NetcdfFile;

/**
 * Parses OceanSITES / EMSO NetCDF time series (CF discrete sampling geometry, NetCDF-3 or
 * NetCDF-4) with Unidata's NetCDF-Java ({@code edu.ucar:cdm}, which reads NetCDF-4/HDF5 in pure
 * Java).
 *
 * <p>NetCDF is not line-based, so the unit of accounting is the data point: one outcome per
 * time step per variable group, where the groups are the variables shaped {@code (TIME)} (one
 * point per time step) and those shaped {@code (TIME, DEPTH)} (one point per time step and
 * depth). Units are numbered from 1 in that order (time-major). A point becomes a record with
 * every variable of its group that is not fill or NaN ({@code scale_factor}/{@code add_offset}
 * applied), the {@code <VAR>_QC} value as source flag, the {@code units} attribute as unit, the
 * depth coordinate and the {@code sensor_id} string of that time and depth; a point with no
 * value is skipped; a point whose time is missing is rejected. Before the points, the global
 * attributes and every variable's attributes are emitted as {@link Metadata} (line 0). A file
 * that cannot be read as NetCDF at all yields a single {@link Rejected}. Reads in blocks of
 * time steps, so memory stays flat. Thread-safe.
 */
public final class OceanSitesNetcdfParser implements FormatParser {

    @Override
    public String format() {
        return Formats.OCEANSITES_NETCDF;
    }

    /** Copies the stream to a temporary file (NetCDF needs random access), then parses it. */
    @Override
    public void parse(InputStream in, Consumer<? super ParseEvent> sink) throws IOException {
        Path temp = Files.createTempFile("egim-parse-", ".nc");
        try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            parse(temp, sink);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void parse(Path file, Consumer<? super ParseEvent> sink) throws IOException {
        NetcdfFile nc;
        try {
            nc = NetcdfFile.open(file.toString());
        } catch (IOException | RuntimeException e) {
            if (!Files.isReadable(file)) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
            sink.accept(new Rejected(1, file.getFileName().toString(), "not a readable NetCDF file: " + e.getMessage()));
            return;
        }
        try (nc) {
            NetcdfMetadata.emit(nc, sink);
            NetcdfLayout layout = new NetcdfLayout(nc);
            new NetcdfPoints(layout, sink).emitAll();
        } catch (ucar.ma2.InvalidRangeException e) {
            throw new IOException("inconsistent NetCDF structure in " + file, e);
        }
    }
}
