package eu.emso.dmp.bench;

import eu.emso.dmp.egim.ingest.IngestPipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Command line of the ingest benchmark ({@code ./dmp bench-ingest}):
 * {@code [--observations N] [--batch N] [--writers N] [--without-qc] [--out FILE.json] [--work DIR] [--config DIR]}. Prints
 * the Markdown report on standard output, progress on standard error, and writes the JSON report
 * when {@code --out} is given. The work directory holds the input and the cluster; by default it
 * is a fresh temporary one (mode 0755 so that PostgreSQL can enter it when run as root), removed
 * at the end, while one given with {@code --work} is kept.
 */
public final class IngestBenchMain {
    /** Observations generated when {@code --observations} is not given. */
    public static final long DEFAULT_OBSERVATIONS = 10_000_000;

    private IngestBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        IngestOptions options = parse(List.of(args));
        try {
            IngestReport report = new IngestBench(options).run();
            System.out.println(report.markdown());
            if (options.out() != null) {
                report.writeJson(options.out());
            }
        } finally {
            if (!List.of(args).contains("--work")) {
                WorkDirs.delete(options.workDir()); // cluster, input and dump: gigabytes
            }
        }
        System.exit(0);
    }

    /** The server's configuration directory ({@code sites/}, {@code qc/}): {@code config}, or the system property {@code bench.config.dir}. */
    static Path configDir() {
        return Path.of(System.getProperty("bench.config.dir", "config"));
    }

    /** The options of {@code args}; unknown options are refused. */
    public static IngestOptions parse(List<String> args) throws IOException {
        long observations = DEFAULT_OBSERVATIONS;
        int batch = IngestPipeline.DEFAULT_BATCH;
        int writers = IngestPipeline.DEFAULT_WRITERS;
        boolean qc = true;
        Path out = null;
        Path work = null;
        Path config = configDir();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--observations" -> observations = number(value(args, ++i, a), a);
                case "--batch" -> batch = (int) number(value(args, ++i, a), a);
                case "--writers" -> writers = (int) number(value(args, ++i, a), a);
                case "--without-qc" -> qc = false;
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--work" -> work = Path.of(value(args, ++i, a));
                case "--config" -> config = Path.of(value(args, ++i, a));
                default -> throw new IllegalArgumentException("unknown option " + a
                        + "; usage: bench-ingest [--observations N] [--batch N] [--writers N] [--without-qc] [--out FILE.json]"
                        + " [--work DIR] [--config DIR]");
            }
        }
        if (work == null) {
            work = WorkDirs.create("dmp-bench-ingest");
        }
        return new IngestOptions(observations, batch, writers, qc, work, config, out);
    }

    private static long number(String text, String option) {
        try {
            return Long.parseLong(text.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + text);
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
