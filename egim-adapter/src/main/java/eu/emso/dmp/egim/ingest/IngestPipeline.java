package eu.emso.dmp.egim.ingest;

import eu.emso.dmp.egim.catalogue.CatalogueWriter;
import eu.emso.dmp.egim.catalogue.Site;
import eu.emso.dmp.egim.catalogue.Sites;
import eu.emso.dmp.egim.parse.FormatParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.QuarantineEntry;
import eu.emso.dmp.model.store.QuarantineStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The ingest pipeline: parse, resolve Datastream and FeatureOfInterest from the catalogue, write
 * observations in batches through {@link EntityStore#writeObservations}, quarantine what cannot
 * be stored. Every door (HTTP push, drop directory, TCP stream, the demo loader) goes through
 * {@link #ingest(InputStream, IngestRequest)}.
 *
 * <p>When an ingest method returns, everything it counted is durable: stored values are
 * committed and quarantined units are in the quarantine. If it throws, what was committed stays
 * committed; ingesting the same input again stores the rest and reports the committed part as
 * duplicates (the deduplication key is Datastream and phenomenon time). Parsing runs on the
 * calling thread and writing on writer threads of each ingest (the values of one Datastream
 * always on the same one, in input order), so parsing and writes overlap; memory holds, per
 * writer, the batch being filled and at most two handed over, whatever the input size.
 *
 * <p>Thread-safe: concurrent ingests share the catalogue writer, which serialises entity creation.
 */
public final class IngestPipeline {
    /** The default number of observations per write. */
    public static final int DEFAULT_BATCH = 5000;
    /** The default number of writer threads of one ingest. */
    public static final int DEFAULT_WRITERS = 2;
    private final EntityStore store;
    private final QuarantineStore quarantine;
    private final Sites sites;
    private final CatalogueWriter catalogue;
    private final int batchSize;
    private final int writers;

    /** A pipeline with {@value #DEFAULT_WRITERS} writer threads per ingest. */
    public IngestPipeline(EntityStore store, QuarantineStore quarantine, Sites sites, int batchSize) {
        this(store, quarantine, sites, batchSize, DEFAULT_WRITERS);
    }

    /**
     * A pipeline writing batches of {@code batchSize} observations from {@code writers} threads
     * per ingest (each Datastream's values always through the same one).
     */
    public IngestPipeline(EntityStore store, QuarantineStore quarantine, Sites sites, int batchSize, int writers) {
        if (batchSize < 1 || writers < 1) {
            throw new IllegalArgumentException("batch size and writers must be positive: " + batchSize + ", " + writers);
        }
        this.store = store;
        this.quarantine = quarantine;
        this.sites = sites;
        this.catalogue = new CatalogueWriter(store);
        this.batchSize = batchSize;
        this.writers = writers;
    }

    /** The catalogue's sites. */
    public Sites sites() {
        return sites;
    }

    /** The quarantine this pipeline writes to. */
    public QuarantineStore quarantine() {
        return quarantine;
    }

    /**
     * Ingests a stream to its end; the stream is not closed.
     *
     * @throws IllegalArgumentException for an unknown format or platform, or a missing format option
     * @throws IOException              when reading the input fails (what was counted before is durable)
     */
    public IngestCounts ingest(InputStream in, IngestRequest request) throws IOException {
        return run(request, quarantine::add, null, (parser, sink) -> parser.parse(in, sink));
    }

    /** Ingests a file (formats that need random access read it directly). */
    public IngestCounts ingest(Path file, IngestRequest request) throws IOException {
        return run(request, quarantine::add, null, (parser, sink) -> parser.parse(file, sink));
    }

    /**
     * Ingests a live stream, unit by unit: each unit's values are written (or quarantined) by one
     * writer thread and durable before {@code acks} hears of it, with the counts of that unit
     * alone. Returns the counts of the whole stream when it ends.
     */
    public IngestCounts ingestLive(InputStream in, IngestRequest request, Consumer<UnitAck> acks) throws IOException {
        return run(request, quarantine::add, acks, (parser, sink) -> parser.parse(in, sink));
    }

    /** Applies the catalogue of a site: its Thing, FeatureOfInterest, Sensors and Datastreams. */
    public void applyCatalogue(Site site) {
        catalogue.thing(site);
        catalogue.feature(site);
        for (var instrument : site.instruments()) {
            for (Site.Channel c : instrument.channels()) {
                catalogue.datastream(site, instrument, site.parameters().get(c.parameter()), site.units().get(c.unit()), "");
            }
        }
    }

    /**
     * Ingests a stream but hands the quarantine entries it would write to {@code held} instead
     * (a replay of a quarantined unit must not quarantine it again).
     */
    IngestCounts ingestHolding(InputStream in, IngestRequest request, Consumer<List<QuarantineEntry>> held)
            throws IOException {
        return run(request, held, null, (parser, sink) -> parser.parse(in, sink));
    }

    private interface Parse {
        void run(FormatParser parser, Consumer<? super eu.emso.dmp.egim.parse.ParseEvent> sink) throws IOException;
    }

    private IngestCounts run(IngestRequest request, Consumer<List<QuarantineEntry>> held, Consumer<UnitAck> acks,
                             Parse parse) throws IOException {
        FormatParser parser = Parsers.forRequest(request);
        Site site = null;
        if (request.platform() != null && !request.platform().isBlank()) {
            site = sites.find(request.platform()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown platform '" + request.platform() + "'; known: "
                            + String.join(", ", sites.all().stream().map(Site::id).toList())));
        }
        Tally tally = new Tally();
        // a live unit's values all go to one writer, so that each unit is one write, not one per writer
        try (BatchWriter batches = new BatchWriter(store, held, request, site == null ? null : site.id(), tally,
                batchSize, acks == null ? writers : 1)) {
            Ingestion ingestion = new Ingestion(catalogue, sites, site, request, tally, batches);
            parse.run(parser, acks == null ? ingestion : ingestion.acknowledging(acks));
            batches.flush();
        }
        return tally.counts();
    }
}
