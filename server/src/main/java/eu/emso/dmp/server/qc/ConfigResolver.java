package eu.emso.dmp.server.qc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.DatastreamInfo;
import eu.emso.dmp.qc.config.QcConfigException;
import eu.emso.dmp.qc.config.QcConfigParser;

/**
 * Chooses the QC configuration of a Datastream: its own {@code properties.quality_control} (the
 * ioos_qc shape), else the site default for its ObservedProperty's name, else none. A Datastream
 * configuration that does not parse is not replaced by a default: its observations are stored
 * unevaluated (flag 2) with the reason in {@code resultQuality.qc_config_error}, so a typo never
 * silently runs other thresholds and never rejects data. Also reads the Datastream's nominal
 * depth ({@code properties.depth}, metres positive down) used by depth-dependent climatologies.
 * Immutable and thread-safe.
 */
public final class ConfigResolver {
    /** The key of a Datastream's own configuration in its {@code properties}. */
    public static final String PROPERTY = "quality_control";
    private final SiteDefaults site;

    public ConfigResolver(SiteDefaults site) {
        this.site = site;
    }

    /** What applies to one Datastream. */
    public record Resolved(EffectiveConfig config, double depth) {
    }

    /** The configuration and nominal depth (NaN if none) of {@code datastream}. */
    public Resolved resolve(DatastreamInfo datastream) {
        JsonNode properties = properties(datastream.properties());
        double depth = properties.path("depth").isNumber() ? properties.get("depth").asDouble() : Double.NaN;
        JsonNode own = properties.get(PROPERTY);
        if (own != null && !own.isNull()) {
            try {
                return new Resolved(EffectiveConfig.of(QcConfigParser.parse(own), "datastream"), depth);
            } catch (QcConfigException e) {
                return new Resolved(EffectiveConfig.invalid("properties." + PROPERTY + "." + e.getMessage()), depth);
            }
        }
        return new Resolved(site.forCode(datastream.observedPropertyName()).orElse(EffectiveConfig.NONE), depth);
    }

    private static JsonNode properties(String json) {
        if (json == null) {
            return Json.mapper().createObjectNode();
        }
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored Datastream properties are not JSON", e);
        }
    }
}
