package eu.emso.dmp.conformance.ets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import eu.emso.dmp.conformance.process.JavaLauncher;
import eu.emso.dmp.conformance.process.LogTail;

/**
 * An OGC executable test suite packaged as an all-in-one jar ({@code java -jar ets.jar props.xml}),
 * run in a child JVM with a time limit.
 *
 * <p>Each {@link #run} uses its own directory: the test-run properties, the suite's console output
 * ({@code ets-console.log}) and, because the child's {@code user.home} points there, the suite's
 * {@code testng/<uuid>/testng-results.xml}. Immutable and thread-safe; concurrent runs need
 * distinct directories (and, for suites that delete data, distinct servers).
 *
 * @param jar the suite's all-in-one jar
 * @param timeout how long one run may take before it is killed
 */
public record ExecutableTestSuite(Path jar, Duration timeout) {
    private static final String CONSOLE_LOG = "ets-console.log";

    /** Checks the components are present. */
    public ExecutableTestSuite {
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Runs the suite with {@code arguments} as test-run properties and reads its results.
     *
     * @param arguments the suite's test-run arguments, e.g. {@code iut} and {@code ics}
     * @param runDirectory an empty or missing directory for this run's files
     * @throws IllegalStateException when the jar is missing, the run times out, or it leaves no
     *     results; the message holds the end of the suite's console output
     * @throws IOException when files cannot be written or the results cannot be read
     */
    public EtsReport run(Map<String, String> arguments, Path runDirectory) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No executable test suite at " + jar
                    + "; the build copies it there in the generate-test-resources phase (maven-dependency-plugin).");
        }
        Path home = Files.createDirectories(runDirectory.resolve("home"));
        Path properties = runDirectory.resolve("test-run-props.xml");
        Path console = runDirectory.resolve(CONSOLE_LOG);
        TestRunProperties.write(properties, arguments);
        Process process = new ProcessBuilder(JavaLauncher.javaExecutable(), "-Duser.home=" + home,
                "-jar", jar.toString(), properties.toString())
                .directory(runDirectory.toFile()).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The suite " + jar.getFileName() + " did not finish within "
                        + timeout.toMinutes() + " min and was stopped." + System.lineSeparator()
                        + LogTail.of(console, 40));
            }
        } finally {
            stop(process);
        }
        Path results = findResults(home).orElseThrow(() -> new IllegalStateException("The suite "
                + jar.getFileName() + " exited with code " + process.exitValue() + " and wrote no testng-results.xml."
                + System.lineSeparator() + LogTail.of(console, 40)));
        return new EtsReport(TestNgResults.parse(results), results, console);
    }

    private static Optional<Path> findResults(Path home) throws IOException {
        Path testng = home.resolve("testng");
        if (!Files.isDirectory(testng)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(testng, 2)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().equals("testng-results.xml")).toList();
            if (found.size() > 1) {
                throw new IllegalStateException("More than one suite run in " + testng + ": " + found);
            }
            return found.stream().findFirst();
        }
    }

    private static void stop(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
