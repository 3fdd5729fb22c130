package eu.emso.dmp.server.exports;

import java.util.Map;

/**
 * The platform (Thing) of exported series, with its position. Immutable.
 *
 * @param id          the Thing id
 * @param name        its name
 * @param description its description
 * @param properties  its properties as text (e.g. {@code platform_code}, {@code site_code},
 *                    {@code institution_edmo_code})
 * @param longitude   longitude of its Location (WGS 84), NaN when unknown
 * @param latitude    latitude, NaN when unknown
 * @param depth       nominal depth in metres (positive down), NaN when unknown
 */
public record Station(long id, String name, String description, Map<String, String> properties, double longitude,
                      double latitude, double depth) {
    public Station {
        properties = Map.copyOf(properties);
    }

    /** The platform code: {@code properties.platform_code}, else the name. */
    public String code() {
        return properties.getOrDefault("platform_code", name);
    }
}
