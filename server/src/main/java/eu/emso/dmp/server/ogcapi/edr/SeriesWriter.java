package eu.emso.dmp.server.ogcapi.edr;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * An EDR response format written series by series: {@link #series} is given a source that
 * passes the values of one series, in time order, to the consumer it is handed. Not thread-safe;
 * one per response.
 */
interface SeriesWriter extends AutoCloseable {

    /** Writes the values of series {@code s} of platform {@code p}. */
    void series(Platform p, Platform.Series s, Consumer<Consumer<Value>> values) throws IOException;

    /** Ends the document. */
    @Override
    void close() throws IOException;
}
