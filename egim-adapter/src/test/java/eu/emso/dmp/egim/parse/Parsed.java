package eu.emso.dmp.egim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The events of one parse, collected for assertions; and helpers to read the sample files. */
final class Parsed {

    final List<ParseEvent> events = new ArrayList<>();

    static Path sample(String name) {
        try {
            return Path.of(Parsed.class.getResource("/samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Parsed file(FormatParser parser, String sampleName) {
        return path(parser, sample(sampleName));
    }

    static Parsed path(FormatParser parser, Path file) {
        Parsed p = new Parsed();
        try {
            parser.parse(file, p.events::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static Parsed text(FormatParser parser, String text) {
        Parsed p = new Parsed();
        try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            parser.parse(in, p.events::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Lines of a file counted from its bytes: line feeds, plus an unterminated last line. */
    static long lineCount(String sampleName) throws IOException {
        byte[] bytes = Files.readAllBytes(sample(sampleName));
        long n = 0;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? n + 1 : n;
    }

    List<LineOutcome> outcomes() {
        return events.stream().filter(LineOutcome.class::isInstance).map(LineOutcome.class::cast).toList();
    }

    List<RawRecord> records() {
        return events.stream().filter(RawRecord.class::isInstance).map(RawRecord.class::cast).toList();
    }

    List<Skipped> skipped() {
        return events.stream().filter(Skipped.class::isInstance).map(Skipped.class::cast).toList();
    }

    List<Rejected> rejected() {
        return events.stream().filter(Rejected.class::isInstance).map(Rejected.class::cast).toList();
    }

    List<Metadata> metadata() {
        return events.stream().filter(Metadata.class::isInstance).map(Metadata.class::cast).toList();
    }

    Metadata metadata(String scope) {
        return metadata().stream().filter(m -> m.scope().equals(scope)).findFirst().orElseThrow();
    }

    /** Asserts that the outcomes cover lines 1..lines, each exactly once, in order. */
    void assertEveryLineAccountedFor(long lines) {
        long next = 1;
        for (LineOutcome o : outcomes()) {
            assertThat(o.lineNumber()).as("outcome after line %d", next - 1).isEqualTo(next);
            next += o.lineSpan();
        }
        assertThat(next - 1).as("lines covered").isEqualTo(lines);
    }
}
