package eu.emso.dmp.bench;

import java.nio.file.Path;
import java.util.Set;

/**
 * What a benchmark run does.
 *
 * @param size      the data set and repetitions
 * @param out       where the JSON report goes, or null
 * @param workDir   holds the PostgreSQL cluster and the server logs
 * @param frostHome the frost-runner build directory (holding {@code classes} and {@code frost-lib})
 * @param only      the scenarios to run; empty: all of them
 */
public record BenchOptions(Size size, Path out, Path workDir, Path frostHome, Set<String> only) {
    public BenchOptions {
        only = Set.copyOf(only);
    }

    public boolean runs(String scenario) {
        return only.isEmpty() || only.contains(scenario);
    }
}
