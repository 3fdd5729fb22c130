package eu.emso.dmp.server.ogcapi.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.emso.dmp.server.ogcapi.OgcApiServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A real GIS client: GDAL's OGC API - Features driver ({@code ogrinfo} of Debian's
 * {@code gdal-bin}, run as a process) lists the collections and reads every feature with its
 * geometry and properties.
 */
class GdalOgrinfoTest {

    @Test
    @DisplayName("ogrinfo lists the collections things, features and datastreams")
    void listsCollections() throws Exception {
        String out = ogrinfo("-ro", "-so", "OAPIF:" + OgcApiServer.root());
        assertThat(out).contains("things", "features", "datastreams");
    }

    @Test
    @DisplayName("ogrinfo reads every platform with its point and its properties")
    void readsEveryPlatform() throws Exception {
        String out = ogrinfo("-ro", "-al", "OAPIF:" + OgcApiServer.root(), "things");
        assertThat(out).contains("Feature Count: 3");
        for (Object[] p : OgcApiServer.PLATFORMS) {
            assertThat(out).contains("name (String) = " + p[0]);
        }
        assertThat(out).contains("POINT (1.7527 41.1819)", "POINT (9.127 43.789)", "POINT (-32.278 37.289)");
        assertThat(out).contains("description (String) = EMSO platform OBSEA");
    }

    @Test
    @DisplayName("ogrinfo reads the Datastreams, paging through next links, with bbox filters")
    void readsDatastreamsInPages() throws Exception {
        String out = ogrinfo("-ro", "-al", "-oo", "PAGE_SIZE=1", "OAPIF:" + OgcApiServer.root(), "datastreams");
        assertThat(out).contains("Feature Count: 3", "name (String) = OBSEA TEMP", "name (String) = OBSEA PSAL",
                "name (String) = W1M3A TEMP");
        String box = ogrinfo("-ro", "-al", "-spat", "0", "40", "5", "42", "OAPIF:" + OgcApiServer.root(), "things");
        assertThat(box).contains("Feature Count: 1", "name (String) = OBSEA");
    }

    @Test
    @DisplayName("ogrinfo reports the extent of the platforms computed from their Locations")
    void extentFromTheData() throws Exception {
        String out = ogrinfo("-ro", "-so", "OAPIF:" + OgcApiServer.root(), "things");
        assertThat(out).contains("Extent: (-32.278000, 37.289000) - (9.127000, 43.789000)");
    }

    private static String ogrinfo(String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ogrinfo")), "gdal-bin is not installed");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/ogrinfo"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("GDAL_HTTP_TIMEOUT", "30");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }
}
