package eu.emso.dmp.server.exports;

import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.store.EntityOperations;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import eu.emso.dmp.server.http.Reply;
import eu.emso.dmp.server.products.SeriesFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Answers {@code GET /exports/{format}}: reads the selection and its extent, then streams the
 * rows into the format's writer. CSV and GeoJSON are written straight into the response; NetCDF
 * is written to a temporary file first (its header precedes the data, and a failure must still
 * answer an error status) and then streamed with its length. The response names a file in
 * {@code Content-Disposition} and tells the number of values in {@code X-Export-Values}. As
 * {@link SeriesFiles} it writes one Datastream's NetCDF for SensorThings' {@code $resultFormat=NetCDF}.
 * Thread-safe.
 */
public final class ExportHandler implements SeriesFiles {
    /** The header holding the number of values an export holds. */
    public static final String VALUES_HEADER = "X-Export-Values";
    private final Supplier<? extends EntityOperations> store;
    private final SelectionReader selections;

    public ExportHandler(Supplier<? extends EntityOperations> store) {
        this.store = store;
        this.selections = new SelectionReader(store);
    }

    /** The export of {@code params} in {@code format}. */
    public Reply export(String format, Map<String, List<String>> params) throws IOException {
        ExportFormat f = ExportFormat.of(format);
        ExportRequest r = ExportRequest.parse(params, Set.of());
        return reply(f, r, r.observations());
    }

    @Override
    public List<String> formats() {
        return List.of("NetCDF");
    }

    @Override
    public Reply series(String format, long datastream, Expr filter) {
        try {
            return reply(ExportFormat.NETCDF, new ExportRequest(List.of(datastream), null, null, null, Set.of()), filter);
        } catch (ExportException e) {
            throw new BadRequest(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply reply(ExportFormat f, ExportRequest r, Expr filter) throws IOException {
        Selection s = selections.read(r);
        EntityOperations db = store.get();
        Extent e = Extent.of(db, s.variables(), filter);
        Reply reply = f == ExportFormat.NETCDF ? netcdf(db, s, r, e, filter) : new Reply(200, f.mediaType(), Map.of(),
                out -> {
                    try (ExportWriter w = f == ExportFormat.CSV ? new CsvExport(out, s, r, e) : new GeoJsonExport(out, s, r, e)) {
                        new RowMerger(db, s.variables(), filter).each(w::row);
                    }
                });
        return reply.header("Content-Disposition", "attachment; filename=\"" + Describe.fileName(s, e, f) + "\"")
                .header(VALUES_HEADER, Long.toString(e.values()));
    }

    private static Reply netcdf(EntityOperations db, Selection s, ExportRequest r, Extent e, Expr filter)
            throws IOException {
        Path file = Files.createTempFile("dmp-export-", ".nc");
        try {
            try (ExportWriter w = new NetcdfExport(file, s, r, e)) {
                new RowMerger(db, s.variables(), filter).each(w::row);
            }
        } catch (IOException | RuntimeException ex) {
            Files.deleteIfExists(file);
            throw ex;
        }
        long length = Files.size(file);
        return new Reply(200, ExportFormat.NETCDF.mediaType(), Map.of("Content-Length", Long.toString(length)),
                out -> stream(file, out));
    }

    private static void stream(Path file, OutputStream out) {
        try {
            Files.copy(file, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system's cleanup takes it
            }
        }
    }
}
