package eu.emso.dmp.egim.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sites of the catalogue, found by id or code; and sites described only by a data file's
 * own metadata, for platforms without a site file. Immutable and thread-safe.
 */
public final class Sites {
    private final List<Site> sites;

    /** The given sites; copied. */
    public Sites(List<Site> sites) {
        this.sites = List.copyOf(sites);
    }

    /** All sites, in the order given. */
    public List<Site> all() {
        return sites;
    }

    /** The site known by this name (id or code, ignoring case), if any. */
    public Optional<Site> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return sites.stream().filter(s -> s.knownAs(name)).findFirst();
    }

    /**
     * A site built from a file's global attributes ({@code platform_code}, {@code site_code},
     * {@code geospatial_lat_min}, {@code geospatial_lon_min}, {@code title}): used when a file
     * names a platform that has no site file. Empty when the attributes name no platform.
     */
    public static Optional<Site> fromMetadata(Map<String, String> attributes) {
        String code = firstPresent(attributes, "platform_code", "site_code");
        if (code == null) {
            return Optional.empty();
        }
        double lat = number(attributes, "geospatial_lat_min", "last_latitude_observation", "latitude");
        double lon = number(attributes, "geospatial_lon_min", "last_longitude_observation", "longitude");
        String title = attributes.getOrDefault("title", code);
        Site.Platform platform = new Site.Platform(code, "Platform " + code + " as described by its data files: "
                + title, Map.of("platform_code", code));
        Site.Position position = new Site.Position(code, "Position of " + code + " as its data files state it",
                lat, lon, null);
        return Optional.of(new Site(code.toLowerCase(Locale.ROOT), List.of(code), platform, position, Map.of(),
                Map.of(), List.of()));
    }

    private static String firstPresent(Map<String, String> a, String... keys) {
        for (String k : keys) {
            String v = a.get(k);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static double number(Map<String, String> a, String... keys) {
        String v = firstPresent(a, keys);
        try {
            return v == null ? 0 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
