package eu.emso.dmp.server.ingest;

import eu.emso.dmp.egim.catalogue.Site;
import eu.emso.dmp.egim.catalogue.SiteFiles;
import eu.emso.dmp.egim.catalogue.Sites;
import eu.emso.dmp.egim.ingest.IngestPipeline;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.QuarantineStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest face as the composition root sees it: builds the catalogue and pipeline from the
 * settings and opens the configured doors (drop directory, TCP listener); closes them.
 */
public final class IngestDoors implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestDoors.class);
    private final IngestService service;
    private final DropDirectory drop;
    private final LineListener tcp;

    private IngestDoors(IngestService service, DropDirectory drop, LineListener tcp) {
        this.service = service;
        this.drop = drop;
        this.tcp = tcp;
    }

    /**
     * Reads the site files ({@code ingest.sites.dir}, else the built-in OBSEA site), builds the
     * pipeline and opens the doors the settings name.
     */
    public static IngestDoors open(IngestSettings s, EntityStore store, DataSource dataSource) {
        return open(s, store, dataSource, new IngestTotals());
    }

    /** As {@link #open(IngestSettings, EntityStore, DataSource)}, counting what the doors take in into {@code totals}. */
    public static IngestDoors open(IngestSettings s, EntityStore store, DataSource dataSource, IngestTotals totals) {
        try {
            List<Site> sites = Files.isDirectory(s.sitesDir()) ? new SiteFiles().readDirectory(s.sitesDir())
                    : new SiteFiles().builtIn(List.of("obsea.json"));
            LOG.info("site catalogue: {}", sites.stream().map(Site::id).toList());
            IngestService service = new IngestService(new IngestPipeline(store, new QuarantineStore(dataSource),
                    new Sites(sites), s.batchSize()), totals);
            DropDirectory drop = s.dropDir().isPresent()
                    ? DropDirectory.start(s.dropDir().get(), service, Duration.ofSeconds(s.dropInterval()),
                            new eu.emso.dmp.model.db.NodeLocks(dataSource, eu.emso.dmp.model.db.NodeLocks.DROP_FILES))
                    : null;
            LineListener tcp = s.tcpPort().isPresent()
                    ? LineListener.start(s.tcpPort().getAsInt(), service, s.tcpFormat(), s.tcpPlatform()) : null;
            return new IngestDoors(service, drop, tcp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the ingest doors: " + e.getMessage(), e);
        }
    }

    /** The service behind the doors. */
    public IngestService service() {
        return service;
    }

    /** The port of the TCP listener, if one is open. */
    public OptionalInt tcpPort() {
        return tcp == null ? OptionalInt.empty() : OptionalInt.of(tcp.port());
    }

    @Override
    public void close() {
        if (tcp != null) {
            tcp.close();
        }
        if (drop != null) {
            drop.close();
        }
    }
}
