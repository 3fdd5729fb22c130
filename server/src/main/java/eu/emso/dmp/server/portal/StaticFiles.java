package eu.emso.dmp.server.portal;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Files of the portal read from the class path: its own pages under {@code portal/}, and the
 * libraries of the webjars it bundles under {@code portal/lib/<name>/...}, each mapped to the
 * webjar's versioned folder. Paths with {@code ..} or unknown names are not found. Thread-safe.
 */
final class StaticFiles {
    /** Library name in URLs → the webjar's Maven group/artifact. */
    private static final Map<String, String> LIBRARIES = Map.of(
            "leaflet", "org.webjars.npm/leaflet",
            "leaflet-markercluster", "org.webjars/leaflet-markercluster",
            "uplot", "org.webjars.npm/uplot");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "png", "image/png", "svg", "image/svg+xml",
            "json", "application/json");
    private final Map<String, String> folders;

    StaticFiles() {
        this.folders = LIBRARIES.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> "META-INF/resources/webjars/" + e.getKey() + "/" + version(e.getValue()) + "/"));
    }

    /** A page or script of the portal itself: revalidated on every use, so updates show at once. */
    Response page(String path) {
        return serve("portal/" + path, CacheControl.valueOf("no-cache"));
    }

    /** A file of a bundled library: versioned, so cached for a day. */
    Response bundled(String name, String path) {
        String folder = folders.get(name);
        if (folder == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        CacheControl day = new CacheControl();
        day.setMaxAge(86_400);
        return serve(folder + path, day);
    }

    private static Response serve(String resource, CacheControl cache) {
        String type = TYPES.get(resource.substring(resource.lastIndexOf('.') + 1));
        InputStream in = resource.contains("..") || type == null ? null
                : StaticFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> {
            try (in) {
                in.transferTo(out);
            }
        }, type).cacheControl(cache).build();
    }

    private static String version(String groupArtifact) {
        String props = "META-INF/maven/" + groupArtifact + "/pom.properties";
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                throw new IllegalStateException("the portal library " + groupArtifact + " is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
