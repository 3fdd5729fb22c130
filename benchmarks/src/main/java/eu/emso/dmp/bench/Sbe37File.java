package eu.emso.dmp.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes the output of an SBE37 MicroCAT CTD as the instrument sends it (OutputFormat 1 with
 * pressure, salinity and sound velocity: {@code # 13.1436,  4.21000,   20.170,   37.9583,
 * 1506.948, 01 Feb 2017, 14:10:34}), after the two lines of its start command, one sample every
 * {@value #INTERVAL_SECONDS} s from {@link #START}. Each sample line carries five observations.
 * Values follow a daily and a seasonal cycle with a small ripple, as at a coastal node.
 * Deterministic. Stateless.
 */
public final class Sbe37File {
    /** Observations per sample line: TEMP, CNDC, PRES, PSAL, SVEL. */
    public static final int VALUES_PER_LINE = 5;
    /** Lines before the samples (the start command and its echo), which the parser skips. */
    public static final int HEADER_LINES = 2;
    /** Time of the first sample. */
    public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final int INTERVAL_SECONDS = 10;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private Sbe37File() {
    }

    /** Writes {@code samples} sample lines to {@code file}; returns the file's size in bytes. */
    public static long write(Path file, long samples) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII), 1 << 16)) {
            out.write("S>startnow\nstart now\n");
            StringBuilder line = new StringBuilder(96);
            for (long i = 0; i < samples; i++) {
                line.setLength(0);
                sample(line, START.getEpochSecond() + i * INTERVAL_SECONDS);
                out.append(line);
            }
        }
        return Files.size(file);
    }

    private static void sample(StringBuilder line, long epochSecond) {
        double day = Math.sin(2 * Math.PI * epochSecond / 86_400.0);
        double season = Math.sin(2 * Math.PI * epochSecond / 31_557_600.0);
        double ripple = Math.sin(epochSecond / 37.0) * 0.05;
        double temp = 15.5 + 3.0 * season + 0.4 * (day + ripple);
        double cndc = 4.2 + 0.08 * (temp - 15.5) / 3.0 + 0.01 * ripple;
        double pres = 20.2 + 0.4 * Math.sin(2 * Math.PI * epochSecond / 44_712.0);
        double psal = 38.0 + 0.1 * day - 0.05 * season;
        double svel = 1449.2 + 4.6 * temp - 0.055 * temp * temp + 1.34 * (psal - 35) + 0.016 * pres;
        line.append("# ");
        fixed(line, temp, 4, 7).append(", ");
        fixed(line, cndc, 5, 8).append(", ");
        fixed(line, pres, 3, 8).append(", ");
        fixed(line, psal, 4, 9).append(", ");
        fixed(line, svel, 3, 8).append(", ");
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        twoDigits(line, t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ')
                .append(t.getYear()).append(", ");
        twoDigits(line, t.getHour()).append(':');
        twoDigits(line, t.getMinute()).append(':');
        twoDigits(line, t.getSecond()).append('\n');
    }

    private static StringBuilder twoDigits(StringBuilder out, int v) {
        return out.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** Appends {@code v} with {@code decimals} decimals, right-aligned in {@code width} characters. */
    private static StringBuilder fixed(StringBuilder out, double v, int decimals, int width) {
        long scale = (long) Math.pow(10, decimals);
        long n = Math.round(Math.abs(v) * scale);
        String fraction = Long.toString(scale + n % scale).substring(1);
        String text = (v < 0 && n != 0 ? "-" : "") + n / scale + "." + fraction;
        out.append(" ".repeat(Math.max(0, width - text.length()))).append(text);
        return out;
    }
}
