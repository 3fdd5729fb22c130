package eu.emso.dmp.server.products;

import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.server.http.Reply;
import java.util.List;

/**
 * Writes the Observations of one Datastream as a file product (e.g. a CF/OceanSITES NetCDF
 * time series), in phenomenon time order, streamed. Implementations are thread-safe.
 */
public interface SeriesFiles {

    /** The format names answered, matched ignoring case (e.g. {@code NetCDF}). */
    List<String> formats();

    /**
     * The file of the Observations of {@code datastream} that match {@code filter}.
     *
     * @param format     one of {@link #formats()}
     * @param datastream the Datastream id (it exists)
     * @param filter     a condition on the Observations in the neutral query model, or null for all
     * @throws eu.emso.dmp.server.http.ErrorMapper.BadRequest when the file cannot be written as asked
     */
    Reply series(String format, long datastream, Expr filter);
}
