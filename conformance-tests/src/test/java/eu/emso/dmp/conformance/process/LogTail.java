package eu.emso.dmp.conformance.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The last lines of a log file, for failure messages that show a developer what a child process
 * said without opening the file. Stateless and thread-safe.
 */
public final class LogTail {
    private LogTail() {
    }

    /**
     * The last {@code maxLines} lines of {@code file}, preceded by a line naming the file; a
     * readable note instead when the file is missing or unreadable.
     */
    public static String of(Path file, int maxLines) {
        List<String> lines;
        try {
            lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return "(no log at " + file + ": " + e + ")";
        }
        int from = Math.max(0, lines.size() - maxLines);
        String header = from == 0 ? "--- " + file + " ---"
                : "--- last " + (lines.size() - from) + " of " + lines.size() + " lines of " + file + " ---";
        return header + System.lineSeparator() + String.join(System.lineSeparator(), lines.subList(from, lines.size()));
    }
}
