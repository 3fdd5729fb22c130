package eu.emso.dmp.model.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding the PostgreSQL binaries and PostGIS, and telling the operator what to install. */
class PgInstallationTest {
    private Path dir;

    @BeforeEach
    void createDir() throws IOException {
        dir = TestDirs.create("dmp-pg-bin");
    }

    @AfterEach
    void deleteDir() throws IOException {
        TestDirs.delete(dir);
    }

    @Test
    void findsTheHostInstallationWithPostgis() {
        PgInstallation pg = PgInstallation.locate(Map.of());
        assertThat(pg.majorVersion()).isGreaterThanOrEqualTo(13);
        assertThat(pg.bindir().resolve("initdb")).isExecutable();
        assertThat(pg.sharedir().resolve("extension/postgis.control")).isRegularFile();
    }

    @Test
    void anExplicitBindirWinsOverTheSearch() {
        Path real = PgInstallation.locate(Map.of()).bindir();
        assertThat(PgInstallation.locate(Map.of(PgInstallation.BINDIR_ENV, real.toString())).bindir())
                .isEqualTo(real);
    }

    @Test
    void anEmptyBindirSaysWhatToInstall() {
        assertThatThrownBy(() -> PgInstallation.locate(Map.of(PgInstallation.BINDIR_ENV, dir.toString())))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("not found in " + dir)
                .hasMessageContaining("apt-get install postgresql-15 postgresql-15-postgis-3")
                .hasMessageContaining(PgInstallation.BINDIR_ENV);
    }

    @Test
    void theInstallHintFollowsTheVersionInADebianStylePath() throws IOException {
        Path bindir = Files.createDirectories(dir.resolve("13/bin"));
        assertThatThrownBy(() -> PgInstallation.at(bindir)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("apt-get install postgresql-13 postgresql-13-postgis-3");
    }

    @Test
    void missingPostgisNamesThePackageForThatPostgresqlVersion() throws IOException {
        Path bindir = Files.createDirectories(dir.resolve("bin"));
        Path share = Files.createDirectories(dir.resolve("share"));
        script(bindir.resolve("postgres"), "echo 'postgres (PostgreSQL) 14.11'");
        script(bindir.resolve("initdb"), "exit 0");
        script(bindir.resolve("pg_ctl"), "exit 0");
        script(bindir.resolve("pg_config"), "echo '" + share + "'");
        assertThatThrownBy(() -> PgInstallation.at(bindir)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("PostGIS is not installed for PostgreSQL 14")
                .hasMessageContaining(share.resolve("extension/postgis.control").toString())
                .hasMessageContaining("apt-get install postgresql-14-postgis-3");
    }

    @Test
    void startingWithMissingBinariesFailsBeforeTouchingTheDirectory() {
        Path cluster = dir.resolve("cluster");
        assertThatThrownBy(() -> EmbeddedPostgres.start(cluster, PgInstallation.at(dir)))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("apt-get install");
        assertThat(cluster).doesNotExist();
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
