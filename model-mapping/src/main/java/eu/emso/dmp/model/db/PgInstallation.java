package eu.emso.dmp.model.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The host's PostgreSQL server installation with PostGIS, as used by {@link EmbeddedPostgres}.
 *
 * <p>{@link #locate()} looks, in order, at the directory named by the environment variable
 * {@value #BINDIR_ENV}, at {@code pg_config --bindir} when that directory holds {@code postgres}
 * and {@code initdb}, and at the highest {@code /usr/lib/postgresql/<N>/bin} (Debian layout).
 * Whatever is missing is reported as a {@link DatabaseException} naming the packages to install.
 * Immutable and thread-safe.
 *
 * @param bindir directory holding {@code postgres}, {@code initdb} and {@code pg_ctl}
 * @param sharedir PostgreSQL share directory (holds {@code extension/postgis.control})
 * @param majorVersion PostgreSQL major version, e.g. 15
 */
public record PgInstallation(Path bindir, Path sharedir, int majorVersion) {
    /** Environment variable that names the PostgreSQL bin directory explicitly. */
    public static final String BINDIR_ENV = "DMP_PG_BINDIR";
    /** Major version suggested in install hints when none can be detected. */
    static final int DEFAULT_MAJOR = 15;
    private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");
    private static final List<String> REQUIRED = List.of("postgres", "initdb", "pg_ctl");
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    /** Locates the installation from the process environment; see the type description. */
    public static PgInstallation locate() {
        return locate(System.getenv());
    }

    /** Locates the installation using {@code env} in place of the process environment. */
    static PgInstallation locate(Map<String, String> env) {
        String explicit = env.get(BINDIR_ENV);
        if (explicit != null && !explicit.isBlank()) {
            return at(Path.of(explicit.strip()));
        }
        Optional<Path> found = pgConfigBindir().filter(PgInstallation::holdsServer)
                .or(PgInstallation::highestDebianBindir);
        return at(found.orElseThrow(() -> new DatabaseException("PostgreSQL server binaries were not found"
                + " (looked at pg_config --bindir and " + DEBIAN_ROOT + "/<N>/bin). " + installHint(DEFAULT_MAJOR)
                + ", or set " + BINDIR_ENV + " to the directory holding postgres, initdb and pg_ctl.")));
    }

    /**
     * Uses the binaries in {@code bindir} and checks that the server programs and PostGIS are there.
     *
     * @throws DatabaseException naming what to install when something is missing
     */
    public static PgInstallation at(Path bindir) {
        Path dir = bindir.toAbsolutePath().normalize();
        if (!holdsServer(dir) || !Files.isExecutable(dir.resolve("pg_ctl"))) {
            throw new DatabaseException("PostgreSQL server binaries " + REQUIRED + " were not found in " + dir
                    + ". " + installHint(majorFromPath(dir).orElse(DEFAULT_MAJOR)) + ", or set " + BINDIR_ENV
                    + " to the directory that holds them.");
        }
        int major = majorVersion(dir);
        Path share = sharedir(dir, major);
        Path control = share.resolve("extension").resolve("postgis.control");
        if (!Files.isRegularFile(control)) {
            throw new DatabaseException("PostGIS is not installed for PostgreSQL " + major + " (missing " + control
                    + "). Install it: apt-get install postgresql-" + major + "-postgis-3");
        }
        return new PgInstallation(dir, share, major);
    }

    /** Absolute path of the named program in {@link #bindir()}. */
    public String program(String name) {
        return bindir.resolve(name).toString();
    }

    static String installHint(int major) {
        return "Install them: apt-get install postgresql-" + major + " postgresql-" + major + "-postgis-3";
    }

    private static boolean holdsServer(Path dir) {
        return Files.isExecutable(dir.resolve("postgres")) && Files.isExecutable(dir.resolve("initdb"));
    }

    private static Optional<Path> pgConfigBindir() {
        try {
            ProcessRunner.Result result = ProcessRunner.run(List.of("pg_config", "--bindir"), null, PROBE_TIMEOUT);
            return result.ok() && !result.output().isBlank() ? Optional.of(Path.of(result.output().strip()))
                    : Optional.empty();
        } catch (DatabaseException notOnPath) {
            return Optional.empty();
        }
    }

    private static Optional<Path> highestDebianBindir() {
        if (!Files.isDirectory(DEBIAN_ROOT)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_ROOT)) {
            return versions.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .max((a, b) -> Integer.compare(Integer.parseInt(a.getFileName().toString()),
                            Integer.parseInt(b.getFileName().toString())))
                    .map(p -> p.resolve("bin")).filter(PgInstallation::holdsServer);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> majorFromPath(Path bindir) {
        Path parent = bindir.getParent();
        String name = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        return name.matches("\\d+") ? Optional.of(Integer.parseInt(name)) : Optional.empty();
    }

    private static int majorVersion(Path bindir) {
        ProcessRunner.Result result = ProcessRunner.run(List.of(bindir.resolve("postgres").toString(), "--version"),
                null, PROBE_TIMEOUT);
        Matcher m = VERSION.matcher(result.output());
        if (!result.ok() || !m.find()) {
            throw new DatabaseException("Cannot tell the PostgreSQL version of " + bindir.resolve("postgres")
                    + " (postgres --version said: " + result.output() + ")");
        }
        return Integer.parseInt(m.group(1));
    }

    private static Path sharedir(Path bindir, int major) {
        Path pgConfig = bindir.resolve("pg_config");
        if (Files.isExecutable(pgConfig)) {
            ProcessRunner.Result result = ProcessRunner.run(List.of(pgConfig.toString(), "--sharedir"), null,
                    PROBE_TIMEOUT);
            if (result.ok() && !result.output().isBlank()) {
                return Path.of(result.output().strip());
            }
        }
        return Path.of("/usr/share/postgresql/" + major);
    }
}
