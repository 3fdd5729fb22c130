package eu.emso.dmp.server.ogcapi;

import eu.emso.dmp.server.ogcapi.features.FeaturesSettings;
import java.util.function.UnaryOperator;

/**
 * Settings of the OGC API face (keys {@code ogcapi.*} in {@code dmp.properties}): the items page
 * limits and the most values one EDR query returns. Immutable.
 *
 * @param features  default and maximum {@code limit} of Features items
 * @param maxValues the most observation values an EDR query may return (more: 413)
 */
public record OgcApiSettings(FeaturesSettings features, int maxValues) {

    public OgcApiSettings {
        if (maxValues < 1) {
            throw new IllegalArgumentException("ogcapi.edr.values.max must be positive");
        }
    }

    public static OgcApiSettings defaults() {
        return new OgcApiSettings(FeaturesSettings.defaults(), 1_000_000);
    }

    /** The settings from {@code property} (key to value or null); missing keys take the defaults. */
    public static OgcApiSettings read(UnaryOperator<String> property) {
        OgcApiSettings d = defaults();
        return new OgcApiSettings(new FeaturesSettings(
                number(property, "ogcapi.limit.default", d.features().defaultLimit()),
                number(property, "ogcapi.limit.max", d.features().maxLimit())),
                number(property, "ogcapi.edr.values.max", d.maxValues()));
    }

    private static int number(UnaryOperator<String> property, String key, int fallback) {
        String v = property.apply(key);
        try {
            return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": '" + v + "' is not an integer");
        }
    }
}
