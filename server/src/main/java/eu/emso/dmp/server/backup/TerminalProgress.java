package eu.emso.dmp.server.backup;

import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows the tables pg_dump and pg_restore work through on one line that is rewritten, when the
 * output is a terminal; elsewhere (a log, a pipe) shows nothing until the summary. Not thread-safe.
 */
final class TerminalProgress implements Consumer<String> {
    private static final Pattern TABLE = Pattern.compile(
            ".*(?:dumping contents of table|processing data for table) \"([^\"]+)\".*");
    private final PrintStream out;
    private final boolean terminal;
    private final String verb;
    private int tables;
    private int width;

    TerminalProgress(PrintStream out, boolean terminal, String verb) {
        this.out = out;
        this.terminal = terminal;
        this.verb = verb;
    }

    @Override
    public void accept(String line) {
        Matcher m = TABLE.matcher(line);
        if (!m.matches()) {
            return;
        }
        tables++;
        if (terminal) {
            String text = verb + ": table " + tables + " " + m.group(1);
            out.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
            width = text.length();
            out.flush();
        }
    }

    /** Tables seen so far. */
    int tables() {
        return tables;
    }

    /** Ends the progress line. */
    void done() {
        if (terminal && width > 0) {
            out.print("\r" + " ".repeat(width) + "\r");
            out.flush();
        }
    }
}
