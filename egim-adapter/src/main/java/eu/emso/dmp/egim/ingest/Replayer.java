package eu.emso.dmp.egim.ingest;

import eu.emso.dmp.egim.parse.Formats;
import eu.emso.dmp.model.store.QuarantineEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replays quarantined units after a fix (of the parser, the catalogue or the stored data): the
 * raw text is parsed again as its format and written through the pipeline. An entry leaves the
 * quarantine only when its unit now yields a record whose values are all stored or already
 * stored; otherwise it stays, and the reason it still fails is returned. Thread-safe.
 *
 * <p>Units that need their file's context (the column header of a CSV file, a NetCDF point)
 * cannot be replayed alone and stay in the quarantine.
 */
public final class Replayer {
    private final IngestPipeline pipeline;

    public Replayer(IngestPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** What a replay did. */
    public record Result(long id, boolean removed, IngestCounts counts, String reason) {
    }

    /**
     * Replays one entry.
     *
     * @param platform the platform to place it on, or null for the one it was quarantined with
     */
    public Result replay(QuarantineEntry entry, String platform) {
        String p = platform != null ? platform : entry.platform();
        IngestRequest request = new IngestRequest(entry.format(), p, entry.source(), entry.lineNumber() - 1, Map.of());
        List<QuarantineEntry> still = new ArrayList<>();
        IngestCounts counts;
        try {
            byte[] raw = entry.rawText().getBytes(charset(entry.format()));
            counts = pipeline.ingestHolding(new ByteArrayInputStream(raw), request, still::addAll);
        } catch (IOException | IllegalArgumentException e) {
            return new Result(entry.id(), false, IngestCounts.zero(), e.getMessage());
        }
        boolean ok = still.isEmpty() && counts.records() > 0;
        if (ok) {
            pipeline.quarantine().remove(entry.id());
        }
        String reason = ok ? "" : still.isEmpty() ? "the unit holds no data record" : still.get(0).reason();
        return new Result(entry.id(), ok, counts, reason);
    }

    private static Charset charset(String format) {
        return format.equals(Formats.EMSODEV_JSON) || format.equals(Formats.OCEANSITES_CSV)
                ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }
}
