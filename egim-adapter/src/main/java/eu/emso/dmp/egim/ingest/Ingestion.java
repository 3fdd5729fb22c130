package eu.emso.dmp.egim.ingest;

import eu.emso.dmp.egim.catalogue.CatalogueWriter;
import eu.emso.dmp.egim.catalogue.Site;
import eu.emso.dmp.egim.catalogue.Sites;
import eu.emso.dmp.egim.parse.LineOutcome;
import eu.emso.dmp.egim.parse.Measurement;
import eu.emso.dmp.egim.parse.Metadata;
import eu.emso.dmp.egim.parse.ParseEvent;
import eu.emso.dmp.egim.parse.RawRecord;
import eu.emso.dmp.egim.parse.Rejected;
import eu.emso.dmp.egim.parse.Skipped;
import eu.emso.dmp.model.store.ObservationRow;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One ingest in progress: receives the parser's events, accounts for every unit, resolves where
 * each value goes and hands rows to the {@link BatchWriter}. Confined to the parsing thread.
 */
final class Ingestion implements Consumer<ParseEvent> {
    private static final String OCEANSITES = "OceanSITES";
    private final CatalogueWriter catalogue;
    private final Sites sites;
    private final IngestRequest request;
    private final Tally tally;
    private final BatchWriter batches;
    private final Map<String, Map<String, String>> variables = new HashMap<>();
    private Resolver resolver;

    Ingestion(CatalogueWriter catalogue, Sites sites, Site site, IngestRequest request, Tally tally,
              BatchWriter batches) {
        this.catalogue = catalogue;
        this.sites = sites;
        this.request = request;
        this.tally = tally;
        this.batches = batches;
        this.resolver = site == null ? null : new Resolver(catalogue, site, request.format(), tally, variables);
    }

    @Override
    public void accept(ParseEvent event) {
        if (event instanceof Metadata m) {
            metadata(m);
            return;
        }
        LineOutcome outcome = (LineOutcome) event;
        tally.lines += outcome.lineSpan();
        if (outcome instanceof Skipped) {
            tally.skipped++;
        } else if (outcome instanceof Rejected r) {
            tally.rejected++;
            batches.reject(r.lineNumber(), r.rawText(), r.reason(), platform());
        } else if (outcome instanceof RawRecord r) {
            record(r);
        }
    }

    /** A sink that flushes after every unit and then acknowledges it with the unit's own counts. */
    Consumer<ParseEvent> acknowledging(Consumer<UnitAck> acks) {
        return event -> {
            IngestCounts before = tally.counts();
            accept(event);
            if (event instanceof LineOutcome o) {
                batches.flush();
                IngestCounts after = tally.counts();
                acks.accept(new UnitAck(request.lineOffset() + o.lineNumber(), o.lineSpan(),
                        after.observations() - before.observations(), after.duplicates() - before.duplicates(),
                        after.quarantined() - before.quarantined(), o instanceof eu.emso.dmp.egim.parse.Skipped));
            }
        };
    }

    private void metadata(Metadata m) {
        if (!Metadata.FILE.equals(m.scope())) {
            variables.put(m.scope(), m.attributes());
            return;
        }
        if (resolver == null) {
            String code = m.attributes().getOrDefault("platform_code", m.attributes().get("site_code"));
            Site site = sites.find(code).or(() -> Sites.fromMetadata(m.attributes())).orElse(null);
            if (site != null) {
                resolver = new Resolver(catalogue, site, request.format(), tally, variables);
                if (sites.find(site.id()).isEmpty()) {
                    tally.note("platform " + site.id() + " has no site file: registered from the file's metadata");
                }
            }
        }
    }

    private void record(RawRecord r) {
        if (resolver == null) {
            tally.rejected++;
            batches.reject(r.lineNumber(), r.rawText(), "no platform: the data names none; name one (platform)", null);
            return;
        }
        tally.records++;
        OffsetDateTime time = (r.time() != null ? r.time() : Instant.now()).atOffset(ZoneOffset.UTC);
        for (Measurement m : r.measurements()) {
            Resolver.Target t = resolver.target(r, m);
            batches.add(ObservationRow.number(t.datastream(), t.feature(), time, m.value(), parameters(m)), r);
        }
    }

    private String parameters(Measurement m) {
        StringBuilder json = new StringBuilder();
        if (m.sourceFlag() != null) {
            json.append("\"source_qc\":").append(m.sourceFlag()).append(",\"source_qc_scheme\":\"")
                    .append(OCEANSITES).append('"');
        }
        if (m.depth() != null) {
            json.append(json.isEmpty() ? "" : ",").append("\"depth\":").append(m.depth());
        }
        return json.isEmpty() ? null : "{" + json + "}";
    }

    private String platform() {
        return resolver == null ? request.platform() : resolver.site().id();
    }
}
