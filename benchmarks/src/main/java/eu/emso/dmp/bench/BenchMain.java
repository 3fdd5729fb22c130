package eu.emso.dmp.bench;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Command line of the benchmarks ({@code ./dmp bench}):
 * {@code [--size small|medium|large] [--observations N] [--out FILE.json] [--work DIR]
 * [--frost-home DIR] [--scenarios a,b,...] [--reduced]}. Prints the Markdown table on standard output, progress on
 * standard error, and writes the JSON report when {@code --out} is given. The work directory
 * keeps the cluster and the server logs; without {@code --work} a fresh temporary one is used
 * and deleted after a run that completes (kept, with the logs, when the run fails).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = parse(List.of(args));
        boolean temporary = !List.of(args).contains("--work");
        Report report = new BenchRun(options).run();
        System.out.println(report.markdown());
        for (int i = 0; i + 1 < args.length; i++) {
            if ("--out".equals(args[i])) {
                report.writeJson(Path.of(args[i + 1]));
            }
        }
        if (temporary) {
            WorkDirs.delete(options.workDir()); // the cluster of a medium run alone is gigabytes
        }
        System.exit(0);
    }

    /** The options of {@code args}; unknown options are refused. */
    public static BenchOptions parse(List<String> args) throws java.io.IOException {
        Size size = Size.SMALL;
        Path out = null;
        Path work = null;
        Path frostHome = Path.of(System.getProperty("bench.frost.home", "benchmarks/frost-runner/target"));
        Set<String> only = new HashSet<>();
        boolean reduced = false;
        Long observations = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--size" -> size = Size.named(value(args, ++i, a));
                case "--observations" -> observations = Long.parseLong(value(args, ++i, a).replace("_", ""));
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--work" -> work = Path.of(value(args, ++i, a));
                case "--frost-home" -> frostHome = Path.of(value(args, ++i, a));
                case "--scenarios" -> only.addAll(List.of(value(args, ++i, a).split(",")));
                case "--reduced" -> reduced = true;
                default -> throw new IllegalArgumentException("unknown option " + a
                        + "; usage: bench [--size small|medium|large] [--observations N] [--out FILE.json]"
                        + " [--work DIR] [--frost-home DIR] [--scenarios a,b] [--reduced]");
            }
        }
        if (work == null) {
            work = WorkDirs.create("dmp-bench");
        }
        if (observations != null) {
            size = size.withObservations(observations);
        }
        return new BenchOptions(reduced ? size.reduced() : size, out, work, frostHome, only);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
