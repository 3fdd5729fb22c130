package eu.emso.dmp.server.exports;

import static eu.emso.dmp.server.exports.ExportServer.datastream;
import static eu.emso.dmp.server.exports.ExportServer.fetch;
import static eu.emso.dmp.server.exports.ExportServer.thing;
import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import ucar.nc2.NetcdfFile;

/** {@code dmp export} against a running server writes the same file the HTTP export serves. */
class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void csvAndNetcdfFilesAsTheServerServesThem() throws Exception {
        long temp = datastream("TEMP");
        Path csv = dir.resolve("temp.csv");
        assertThat(run("--format", "csv", "--datastreams", Long.toString(temp), "--from", "2014-02-02",
                "--flags", "4,9", "--out", csv.toString())).isZero();
        assertThat(Files.readAllBytes(csv))
                .isEqualTo(fetch("/exports/csv?datastreams=" + temp + "&from=2014-02-02&flags=4,9").body());
        Path nc = dir.resolve("obsea.nc");
        assertThat(run("--format", "netcdf", "--thing", Long.toString(thing()), "--out", nc.toString())).isZero();
        try (NetcdfFile f = NetcdfFile.open(nc.toString())) {
            assertThat(f.findGlobalAttribute("featureType").getStringValue()).isEqualTo("timeSeries");
            assertThat(f.findVariable("TEMP_QC")).isNotNull();
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("temp.csv", "obsea.nc");
    }

    @Test
    void aRefusedExportExitsOneAndWritesNothing() {
        Path out = dir.resolve("x.csv");
        assertThat(run("--format", "csv", "--datastreams", "1", "--flags", "7", "--out", out.toString())).isEqualTo(1);
        assertThat(out).doesNotExist();
        assertThat(new CommandLine(new Main()).execute("export", "--format", "csv", "--out", out.toString()))
                .as("--thing or --datastreams is required").isEqualTo(2);
    }

    private static int run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "export";
        all[1] = "--url";
        all[2] = ExportServer.url();
        System.arraycopy(args, 0, all, 3, args.length);
        return new CommandLine(new Main()).execute(all);
    }
}
