package eu.emso.dmp.server.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.egim.ingest.IngestCounts;
import eu.emso.dmp.egim.ingest.Replayer;
import eu.emso.dmp.model.store.QuarantineEntry;
import java.util.List;

/** The JSON of ingest answers: counts, quarantine entries, replay results. Stateless. */
final class IngestJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private IngestJson() {
    }

    static ObjectNode counts(IngestCounts c) {
        ObjectNode o = JSON.objectNode();
        o.put("lines", c.lines());
        o.put("records", c.records());
        o.put("observations", c.observations());
        o.put("duplicates", c.duplicates());
        o.put("quarantined", c.quarantined());
        o.put("skipped", c.skipped());
        o.put("rejected", c.rejected());
        o.put("conflicts", c.conflicts());
        ArrayNode notes = o.putArray("notes");
        c.notes().forEach(notes::add);
        return o;
    }

    static IngestCounts counts(com.fasterxml.jackson.databind.JsonNode o) {
        List<String> notes = new java.util.ArrayList<>();
        o.path("notes").forEach(n -> notes.add(n.asText()));
        return new IngestCounts(o.path("lines").asLong(), o.path("records").asLong(), o.path("observations").asLong(),
                o.path("duplicates").asLong(), o.path("quarantined").asLong(), o.path("skipped").asLong(),
                o.path("rejected").asLong(), o.path("conflicts").asLong(), notes);
    }

    static ObjectNode entry(QuarantineEntry e) {
        ObjectNode o = JSON.objectNode();
        o.put("id", e.id());
        o.put("source", e.source());
        o.put("format", e.format());
        o.put("platform", e.platform());
        o.put("line", e.lineNumber());
        o.put("raw", e.rawText());
        o.put("reason", e.reason());
        o.put("created", e.createdAt() == null ? null : e.createdAt().toString());
        return o;
    }

    static ObjectNode replay(Replayer.Result r) {
        ObjectNode o = JSON.objectNode();
        o.put("id", r.id());
        o.put("removed", r.removed());
        o.put("reason", r.reason());
        o.set("counts", counts(r.counts()));
        return o;
    }
}
