package eu.emso.dmp.egim.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Parses Sea-Bird SBE54 tsunami meter XML samples:
 * {@code <Sample Num='5947' Type='Pressure'><Time>2012-11-07T12:21:25</Time>
 * <PressurePSI>13.9669</PressurePSI><PTemp>18.9047</PTemp></Sample>}.
 *
 * <p>The instrument writes a stream of such elements with no enclosing root, possibly mixed with
 * prompts and status output, so the stream is cut into {@code <Sample>} elements line by line
 * and each element is read with a StAX reader ({@link Sbe54SampleReader}). One outcome covers a
 * whole element, which may span several lines ({@link LineOutcome#lineSpan()}); lines outside
 * samples get one outcome each (skipped). A sample of type {@code Pressure} becomes {@code PRES}
 * (psia) plus the pressure sensor's internal temperature {@code PTEMP} (°C, not an OceanSITES
 * code: it is not the sea water temperature); time is UTC. A malformed or over-long element is
 * rejected. Thread-safe.
 */
public final class Sbe54XmlParser implements FormatParser {

    /** The most lines one sample element may span before it is rejected as unterminated. */
    static final int MAX_SAMPLE_LINES = 64;

    private final String sensorId;

    /** A parser that stamps no serial number on its records. */
    public Sbe54XmlParser() {
        this(null);
    }

    /** @param sensorId the instrument serial number to stamp on records, or {@code null} */
    public Sbe54XmlParser(String sensorId) {
        this.sensorId = sensorId;
    }

    @Override
    public String format() {
        return Formats.SBE54_XML;
    }

    @Override
    public void parse(InputStream in, Consumer<? super ParseEvent> sink) throws IOException {
        LineSource lines = new LineSource(new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1)));
        Sbe54SampleReader reader = new Sbe54SampleReader(sensorId);
        StringBuilder element = new StringBuilder();
        long first = 0;
        int count = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            long n = lines.lineNumber();
            if (count == 0 && !line.contains("<Sample")) {
                sink.accept(outside(n, line));
                continue;
            }
            if (count == 0) {
                first = n;
            } else {
                element.append('\n');
            }
            element.append(line);
            count++;
            boolean closed = line.contains("</Sample>") || line.strip().endsWith("/>") && count == 1;
            if (closed || count == MAX_SAMPLE_LINES || lines.truncated()) {
                sink.accept(closed && !lines.truncated()
                        ? reader.read(first, element.toString())
                        : new Rejected(first, element.toString(), "unterminated <Sample> element"));
                element.setLength(0);
                count = 0;
            }
        }
        if (count > 0) {
            sink.accept(new Rejected(first, element.toString(), "input ends inside a <Sample> element"));
        }
    }

    private static LineOutcome outside(long n, String line) {
        if (line.isBlank()) {
            return new Skipped(n, line, "blank line");
        }
        return new Skipped(n, line, "not a sample element");
    }
}
