package eu.emso.dmp.server.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.FederationRun;
import eu.emso.dmp.model.store.FederationSource;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The JSON forms of sources, their status and run counts, for the admin resource and the command line. */
public final class FederationJson {
    private FederationJson() {
    }

    /** The counts of a run: {@code {"observations": N, "entities": N, ...}}. */
    public static ObjectNode counts(HarvestCounts c) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("observations", c.observations());
        o.put("entities", c.entities());
        o.put("duplicates", c.duplicates());
        o.put("conflicts", c.conflicts());
        o.put("rejected", c.rejected());
        o.put("series", c.series());
        o.put("run", c.run());
        o.put("outcome", c.error() == null ? "ok" : "failed");
        o.put("error", c.error());
        return o;
    }

    static ObjectNode status(Federation.Status s) {
        FederationSource f = s.source();
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("name", f.name());
        o.put("kind", f.kind());
        o.put("source", f.url());
        o.put("dataset", f.dataset());
        o.put("filter", f.filter());
        o.put("every", f.every() == null ? null : f.every().toString());
        o.put("enabled", f.enabled());
        o.put("created", f.created().toString());
        o.put("running", s.running());
        o.set("lastRun", s.lastRun().map(FederationJson::run).orElse(null));
        o.put("lastSuccess", s.lastSuccess().map(r -> r.ended().toString()).orElse(null));
        return o;
    }

    private static JsonNode run(FederationRun r) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", r.id());
        o.put("started", r.started().toString());
        o.put("ended", r.ended() == null ? null : r.ended().toString());
        o.put("outcome", r.outcome());
        o.put("error", r.error());
        o.put("observations", r.observations());
        o.put("duplicates", r.duplicates());
        o.put("conflicts", r.conflicts());
        o.put("entities", r.entities());
        return o;
    }

    /**
     * The source a POST body describes: {@code {"name", "kind", "source", "dataset", "filter", "every"}}.
     *
     * @throws IllegalArgumentException naming the member that is missing or wrong
     */
    static SourceSpec spec(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object with name, kind and source");
        }
        String name = required(body, "name");
        String kind = required(body, "kind");
        SourceKind k;
        try {
            k = SourceKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind is sta, sos or erddap, not '" + kind + "'");
        }
        URI url;
        try {
            url = new URI(required(body, "source"));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("source is not a URL: " + e.getMessage());
        }
        String every = optional(body, "every");
        Duration d;
        try {
            d = every == null ? null : Duration.parse(every);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("every is an ISO 8601 duration such as PT10M, not '" + every + "'");
        }
        return new SourceSpec(name, k, url, optional(body, "dataset"), optional(body, "filter"), d);
    }

    private static String required(JsonNode body, String member) {
        String v = optional(body, member);
        if (v == null) {
            throw new IllegalArgumentException("the member '" + member + "' is missing");
        }
        return v;
    }

    private static String optional(JsonNode body, String member) {
        JsonNode v = body.get(member);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
