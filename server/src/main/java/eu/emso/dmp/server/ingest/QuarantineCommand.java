package eu.emso.dmp.server.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dmp quarantine list|replay}: the ingest quarantine of a running server. {@code list}
 * prints one entry per line (id, source:line, reason, raw text); {@code replay} re-parses the raw
 * text of one entry ({@code --id}) or of all, writes it, and removes each entry that now stores.
 */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = "List or replay the lines the ingest could not store.",
        subcommands = {QuarantineCommand.ListEntries.class, QuarantineCommand.Replay.class})
public final class QuarantineCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Options of both subcommands. */
    static class Common {
        @Option(names = "--url", defaultValue = "http://localhost:8080", description = "server (default: ${DEFAULT-VALUE})")
        String url;
        @Option(names = "--json", description = "print the server's JSON")
        boolean json;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List quarantined lines, oldest first.")
    static final class ListEntries implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Common common = new Common();
        @Option(names = "--limit", defaultValue = "1000", description = "at most this many (default: ${DEFAULT-VALUE})")
        int limit;

        @Override
        public Integer call() throws Exception {
            IngestClient client = new IngestClient(common.url);
            long after = 0;
            int shown = 0;
            while (shown < limit) {
                JsonNode page = client.quarantine(after, Math.min(1000, limit - shown));
                if (page.isEmpty()) {
                    break;
                }
                for (JsonNode e : page) {
                    System.out.println(common.json ? e.toString() : e.path("id").asLong() + "\t" + e.path("source").asText()
                            + ":" + e.path("line").asLong() + "\t" + e.path("reason").asText() + "\t" + e.path("raw").asText());
                    after = e.path("id").asLong();
                    shown++;
                }
            }
            return 0;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Re-parse and write quarantined lines; remove those that now store.")
    static final class Replay implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Common common = new Common();
        @Option(names = "--id", description = "the entry to replay (default: all)")
        Long id;
        @Option(names = "--platform", description = "place the values on this platform (default: the entry's)")
        String platform;

        @Override
        public Integer call() throws Exception {
            JsonNode results = new IngestClient(common.url).replay(id, platform);
            int removed = 0;
            for (JsonNode r : results) {
                boolean ok = r.path("removed").asBoolean();
                removed += ok ? 1 : 0;
                if (common.json) {
                    System.out.println(r);
                } else {
                    System.out.println(r.path("id").asLong() + "\t" + (ok ? "stored, removed from the quarantine"
                            : "still failing: " + r.path("reason").asText()));
                }
            }
            System.out.println(removed + " of " + results.size() + " entries replayed and removed");
            return removed == results.size() ? 0 : 1;
        }
    }
}
