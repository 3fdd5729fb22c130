package eu.emso.dmp.server.ogcapi;

import java.util.List;
import java.util.Locale;

/**
 * The representations a resource can answer with, chosen by the {@code f} parameter first and
 * the {@code Accept} header second (OGC 17-069r4, 7.8 "HTML" and 7.9 "GeoJSON"). Immutable.
 */
public enum MediaFormat {
    JSON("json", "JSON", "application/json"),
    GEOJSON("geojson", "GeoJSON", "application/geo+json"),
    HTML("html", "HTML", "text/html"),
    COVJSON("covjson", "CoverageJSON", "application/prs.coverage+json"),
    CSV("csv", "CSV", "text/csv");

    private final String key;
    private final String name;
    private final String mediaType;

    MediaFormat(String key, String name, String mediaType) {
        this.key = key;
        this.name = name;
        this.mediaType = mediaType;
    }

    /** The name EDR lists in {@code output_formats} (e.g. {@code CoverageJSON}); {@code f} accepts it too. */
    public String formatName() {
        return name;
    }

    /** The value of {@code f} that selects this format. */
    public String key() {
        return key;
    }

    /** The media type it is served as. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The format for a request: {@code f} when given (a key, a format name or a media type of one
     * of {@code offered}, else
     * 400), otherwise the first of {@code offered} that {@code accept} names, otherwise the first
     * of {@code offered}. JSON and GeoJSON answer {@code application/json} alike.
     */
    public static MediaFormat choose(String f, String accept, List<MediaFormat> offered) {
        if (f != null) {
            for (MediaFormat m : offered) {
                if (m.key.equalsIgnoreCase(f) || m.name.equalsIgnoreCase(f) || m.mediaType.equalsIgnoreCase(f)
                        || f.equalsIgnoreCase("json") && m == GEOJSON) {
                    return m;
                }
            }
            throw OgcApiException.invalidParameter("f", "'" + f + "' is not offered here; use one of "
                    + offered.stream().map(MediaFormat::key).toList());
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        MediaFormat chosen = offered.get(0);
        for (MediaFormat m : offered) {
            int i = a.indexOf(m.mediaType);
            if (m == GEOJSON && i < 0) {
                i = a.indexOf(JSON.mediaType);
            }
            if (i >= 0 && i < best) {
                best = i;
                chosen = m;
            }
        }
        return chosen;
    }
}
