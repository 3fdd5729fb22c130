package eu.emso.dmp.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings of the conformance tests, all read here and nowhere else. The build passes them
 * as system properties (see the surefire configuration in this module's {@code pom.xml}); each
 * has a default that works when a test is started from an IDE in the module directory.
 *
 * <table>
 * <caption>System properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code conformance.workDirectory}</td><td>{@code target/conformance}</td>
 *     <td>server logs, suite runs and their results</td></tr>
 * <tr><td>{@code conformance.serverStartSeconds}</td><td>180</td>
 *     <td>time a server has to answer {@code /health} with 200</td></tr>
 * <tr><td>{@code ets.sta10.jar}</td><td>{@code target/ets/ets-sta10-aio.jar}</td>
 *     <td>the OGC SensorThings 1.0 executable test suite, all-in-one jar</td></tr>
 * <tr><td>{@code ets.timeoutMinutes}</td><td>5</td><td>time limit of one suite run</td></tr>
 * </table>
 *
 * @param workDirectory where logs and suite results are written
 * @param serverStartTimeout how long a starting server may take to become healthy
 * @param etsSta10Jar the SensorThings 1.0 suite jar
 * @param etsTimeout how long one suite run may take
 */
public record ConformanceSettings(Path workDirectory, Duration serverStartTimeout, Path etsSta10Jar,
        Duration etsTimeout) {

    /** Checks that no setting is missing. */
    public ConformanceSettings {
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(serverStartTimeout, "serverStartTimeout");
        Objects.requireNonNull(etsSta10Jar, "etsSta10Jar");
        Objects.requireNonNull(etsTimeout, "etsTimeout");
    }

    /** The settings from the system properties of this JVM, defaults where one is not set. */
    public static ConformanceSettings fromSystemProperties() {
        return new ConformanceSettings(
                Path.of(System.getProperty("conformance.workDirectory", "target/conformance")).toAbsolutePath(),
                Duration.ofSeconds(Long.getLong("conformance.serverStartSeconds", 180)),
                Path.of(System.getProperty("ets.sta10.jar", "target/ets/ets-sta10-aio.jar")).toAbsolutePath(),
                Duration.ofMinutes(Long.getLong("ets.timeoutMinutes", 5)));
    }
}
