package eu.emso.dmp.conformance.process;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How to start another JVM like the running one: the same {@code java} executable and, for
 * classes under test, the same class path. Stateless and thread-safe.
 */
public final class JavaLauncher {
    private JavaLauncher() {
    }

    /** The {@code java} executable of the running JVM. */
    public static String javaExecutable() {
        Path fromHome = Path.of(System.getProperty("java.home"), "bin", "java");
        if (Files.isExecutable(fromHome)) {
            return fromHome.toString();
        }
        return ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("Cannot find the java executable of this JVM"));
    }

    /** The class path of the running JVM, which in a test run holds the server's classes. */
    public static String testClassPath() {
        return System.getProperty("java.class.path");
    }
}
