package eu.emso.dmp.egim.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens files bundled with this module (the built-in site files, the demo sample) from this
 * module's own jar or class directory. It does not search the whole class path: some
 * dependencies ship jar indexes that name jars absent from a flat library directory, and a class
 * path search that reaches them fails. Stateless.
 */
public final class Bundled {
    private Bundled() {
    }

    /**
     * Opens a bundled file.
     *
     * @param name the path inside the module, e.g. {@code demo/MO_TS_MO_OBSEA_201402.csv}
     * @throws IOException when there is no such file
     */
    public static InputStream open(String name) throws IOException {
        URL location = Bundled.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            Path base = Path.of(location.toURI());
            if (Files.isDirectory(base)) {
                return Files.newInputStream(base.resolve(name));
            }
            return URI.create("jar:" + base.toUri() + "!/" + name).toURL().openStream();
        } catch (java.net.URISyntaxException e) {
            throw new IOException("cannot locate the bundled file " + name + ": " + e.getMessage(), e);
        }
    }
}
