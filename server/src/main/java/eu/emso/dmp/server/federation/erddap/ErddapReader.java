package eu.emso.dmp.server.federation.erddap;

import eu.emso.dmp.server.federation.RemoteException;
import eu.emso.dmp.server.federation.RemotePage;
import eu.emso.dmp.server.federation.RemoteReader;
import eu.emso.dmp.server.federation.RemoteSeries;
import eu.emso.dmp.server.federation.SourceSpec;
import eu.emso.dmp.server.federation.source.Fetch;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reads one ERDDAP tabledap dataset: {@code spec.url()} is the ERDDAP root
 * ({@code https://host/erddap}), {@code spec.dataset()} the dataset id.
 *
 * <p>{@link #series()} reads {@code info/{dataset}/index.csv|json} (the first call; later calls
 * reuse it) and offers one series per station (CF {@code cf_role=timeseries_id}, else
 * {@code platform_code}, {@code station}, ...) × data variable × depth that holds values, its
 * ObservedProperty named by the OceanSITES code and defined by the NVS P01 URI its
 * {@code sdn_parameter_urn} or {@code sdn_parameter_uri} gives, else its CF standard name;
 * its QC companion (OceanSITES {@code NAME_QC} or {@code ancillary_variables}) carried as each
 * observation's remote flag. Cost: 2 requests plus one per data variable.
 *
 * <p>{@link #observations} requests {@code tabledap/{dataset}.csv|json?time,VAR,latitude,longitude,VAR_QC}
 * constrained by station, depth, {@code VAR!=NaN} and a time window whose width adapts to the
 * density of the series (ERDDAP has no row paging). Cost: one request per page, one more at gaps
 * and at the end. An empty window (ERDDAP's "Your query produced no matching results") is no
 * error; other 4xx raise a {@link RemoteException} that is not retryable; 5xx, timeouts and
 * answers cut off raise retryable ones.
 *
 * <p>Not thread safe (it keeps the metadata and each series' window width, but no watermark):
 * one harvest uses it at a time.
 */
public final class ErddapReader implements RemoteReader {
    /** The ERDDAP file type requested: {@code .csv} or {@code .json}. */
    public enum Format {
        CSV, JSON
    }

    private final ErddapSource source;
    private ErddapInfo info;
    private ErddapPages pages;

    /** A reader requesting {@code .csv}, each request bounded by {@code timeout}. */
    public ErddapReader(SourceSpec spec, HttpClient http, Duration timeout) {
        this(spec, http, timeout, Format.CSV);
    }

    /** A reader requesting {@code format}. */
    public ErddapReader(SourceSpec spec, HttpClient http, Duration timeout, Format format) {
        if (spec.dataset() == null || spec.dataset().isBlank()) {
            throw new IllegalArgumentException("an ERDDAP source needs a dataset id");
        }
        String ext = format == Format.JSON ? "json" : "csv";
        this.source = new ErddapSource(new Fetch(http, timeout),
                new ErddapQuery(spec.url().toString(), spec.dataset().strip(), ext));
    }

    @Override
    public List<RemoteSeries> series() throws RemoteException {
        return new ErddapSeries(source, info()).list();
    }

    @Override
    public RemotePage observations(RemoteSeries series, Instant from, int max) throws RemoteException {
        if (!(series.properties().get("erddap_variable") instanceof String)) {
            throw new IllegalArgumentException("not a series of an ERDDAP source: " + series.remoteId());
        }
        info();
        return pages.page(series, from, max);
    }

    private ErddapInfo info() throws RemoteException {
        if (info == null) {
            info = source.info();
            pages = new ErddapPages(source, info);
        }
        return info;
    }
}
