package eu.emso.dmp.server.ingest;

import eu.emso.dmp.egim.ingest.IngestCounts;
import eu.emso.dmp.egim.ingest.IngestPipeline;
import eu.emso.dmp.egim.ingest.IngestRequest;
import eu.emso.dmp.egim.ingest.Replayer;
import eu.emso.dmp.egim.ingest.UnitAck;
import eu.emso.dmp.egim.parse.FormatDetector;
import eu.emso.dmp.model.store.QuarantineEntry;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the doors of the ingest face share: format detection, the pipeline, the quarantine.
 * Knows no HTTP. Thread-safe.
 */
public final class IngestService {
    private static final int PAGE = 1000;
    private final IngestPipeline pipeline;
    private final FormatDetector detector = new FormatDetector();
    private final IngestTotals totals;

    public IngestService(IngestPipeline pipeline) {
        this(pipeline, new IngestTotals());
    }

    /** @param totals counts what every ingest through this service takes in */
    public IngestService(IngestPipeline pipeline, IngestTotals totals) {
        this.pipeline = pipeline;
        this.totals = totals;
    }

    /** The pipeline behind the doors. */
    public IngestPipeline pipeline() {
        return pipeline;
    }

    /**
     * Ingests a stream; the format is detected from its first bytes and the source name when
     * {@code format} is null or blank.
     *
     * @throws IllegalArgumentException when the format is unknown or cannot be detected, or the
     *                                  platform is unknown
     */
    public IngestCounts ingest(InputStream body, String format, String platform, String source,
                               Map<String, String> options) throws IOException {
        InputStream in = new BufferedInputStream(body, FormatDetector.HEAD_BYTES * 2);
        String f = format;
        if (f == null || f.isBlank()) {
            in.mark(FormatDetector.HEAD_BYTES + 1);
            byte[] head = in.readNBytes(FormatDetector.HEAD_BYTES);
            in.reset();
            f = detector.detect(source, head).orElseThrow(() -> new IllegalArgumentException(
                    "cannot tell the format of " + source + "; name it (format)"));
        }
        IngestCounts counts = pipeline.ingest(in, new IngestRequest(f, blankToNull(platform), source, 0, options));
        totals.add(counts);
        return counts;
    }

    /** Ingests a live stream unit by unit (see {@link IngestPipeline#ingestLive}), counting each unit. */
    public IngestCounts ingestLive(InputStream in, IngestRequest request, java.util.function.Consumer<UnitAck> acks)
            throws IOException {
        return pipeline.ingestLive(in, request, a -> {
            totals.add(a);
            acks.accept(a);
        });
    }

    /** Up to {@code limit} quarantine entries after {@code afterId}. */
    public List<QuarantineEntry> quarantined(long afterId, int limit) {
        return pipeline.quarantine().list(afterId, Math.min(limit, PAGE));
    }

    /**
     * Replays one entry, or every entry when {@code id} is null.
     *
     * @param platform where to place the values, or null for the entry's own platform
     * @throws IllegalArgumentException when there is no entry with this id
     */
    public List<Replayer.Result> replay(Long id, String platform) {
        Replayer replayer = new Replayer(pipeline);
        String p = blankToNull(platform);
        if (id != null) {
            QuarantineEntry e = pipeline.quarantine().get(id).orElseThrow(() ->
                    new IllegalArgumentException("no quarantine entry " + id));
            return List.of(replayer.replay(e, p));
        }
        List<Replayer.Result> out = new ArrayList<>();
        long after = 0;
        for (List<QuarantineEntry> page = quarantined(after, PAGE); !page.isEmpty(); page = quarantined(after, PAGE)) {
            for (QuarantineEntry e : page) {
                out.add(replayer.replay(e, p));
                after = e.id();
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
