package eu.emso.dmp.server.qc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.qc.flag.OceanSitesFlag;
import eu.emso.dmp.qc.flag.QartodFlag;
import java.util.Locale;
import java.util.Optional;

/**
 * Quality information an observation brought from its source, kept beside the server's own flags
 * and never overwritten by them, and the per-observation depth:
 * <ul>
 *   <li>{@code parameters.source_qc} with {@code parameters.source_qc_scheme} (what ingest writes
 *       for an OceanSITES {@code <VAR>_QC} column) is copied to {@code resultQuality.source_qc} and
 *       {@code source_qc_scheme}, and mapped to {@code resultQuality.source_qartod} where the
 *       scheme has a QARTOD equivalent (OceanSITES/Copernicus by {@link OceanSitesFlag#toQartod()},
 *       QARTOD as is);</li>
 *   <li>a {@code resultQuality} sent by the client is kept under {@code resultQuality.source_quality};</li>
 *   <li>{@code parameters.depth} (metres positive down) overrides the Datastream's depth.</li>
 * </ul>
 * Immutable.
 *
 * @param members the JSON members to add to {@code resultQuality} (starting with a comma), or ""
 * @param depth   the observation's own depth, or NaN
 */
record SourceQuality(String members, double depth) {
    static final SourceQuality NONE = new SourceQuality("", Double.NaN);

    /** For a new observation: its parameters and the resultQuality its sender gave, both JSON or null. */
    static SourceQuality ofNew(String parameters, String sentQuality) {
        JsonNode sent = sentQuality == null ? null : parse(sentQuality);
        return of(parameters, sent);
    }

    /** For a stored observation: its parameters and the resultQuality quality control wrote. */
    static SourceQuality ofStored(String parameters, String storedQuality) {
        JsonNode kept = storedQuality == null ? null : parse(storedQuality).get("source_quality");
        return of(parameters, kept);
    }

    private static SourceQuality of(String parameters, JsonNode sentQuality) {
        boolean mayHaveSomething = parameters != null
                && (parameters.contains("source_qc") || parameters.contains("depth"));
        if (!mayHaveSomething && (sentQuality == null || sentQuality.isNull())) {
            return NONE;
        }
        JsonNode p = mayHaveSomething ? parse(parameters) : Json.mapper().createObjectNode();
        ObjectNode out = Json.mapper().createObjectNode();
        JsonNode qc = p.get("source_qc");
        if (qc != null && !qc.isNull()) {
            JsonNode scheme = p.get("source_qc_scheme");
            out.set("source_qc", qc);
            if (scheme != null) {
                out.set("source_qc_scheme", scheme);
            }
            toQartod(qc, scheme == null ? "" : scheme.asText()).ifPresent(f -> out.put("source_qartod", f.code()));
        }
        if (sentQuality != null && !sentQuality.isNull()) {
            out.set("source_quality", sentQuality);
        }
        double depth = p.path("depth").isNumber() ? p.get("depth").asDouble() : Double.NaN;
        String text = out.isEmpty() ? "" : "," + out.toString().substring(1, out.toString().length() - 1);
        return new SourceQuality(text, depth);
    }

    /** The QARTOD flag a source flag stands for, where its scheme defines one. */
    static Optional<QartodFlag> toQartod(JsonNode flag, String scheme) {
        if (!flag.isIntegralNumber() && !(flag.isTextual() && flag.asText().trim().matches("\\d"))) {
            return Optional.empty();
        }
        int code = flag.isTextual() ? Integer.parseInt(flag.asText().trim()) : flag.asInt();
        String s = scheme.toLowerCase(Locale.ROOT);
        try {
            if (s.contains("oceansites") || s.contains("copernicus") || s.contains("cmems")) {
                return OceanSitesFlag.fromCode(code).toQartod();
            }
            if (s.contains("qartod")) {
                return Optional.of(QartodFlag.fromCode(code));
            }
        } catch (IllegalArgumentException notAFlag) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("observation JSON does not parse", e);
        }
    }
}
