package eu.emso.dmp.server.exports;

import java.util.Locale;

/** The file formats of {@code /exports/{format}}: media type and file name extension. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    GEOJSON("application/geo+json", "geojson"),
    NETCDF("application/x-netcdf", "nc");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format named {@code name} in a path ({@code csv}, {@code geojson}, {@code netcdf}); 404 otherwise. */
    public static ExportFormat of(String name) {
        for (ExportFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                return f;
            }
        }
        throw new ExportException(404, "format: no export format '" + name + "'; the formats are csv, geojson, netcdf");
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
