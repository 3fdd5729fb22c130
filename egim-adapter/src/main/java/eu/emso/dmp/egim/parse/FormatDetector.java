package eu.emso.dmp.egim.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells which of the {@link Formats} a file is in, from its first bytes and its name.
 *
 * <p>Content decides first: the NetCDF/HDF5 signatures, a JSON object, an SBE54 {@code <Sample>}
 * element, the {@code # METADATA} block of OceanSITES CSV, the {@code DATE;TIME} header of the
 * Azores CSV, then the line shapes of the Aanderaa optode, SBE37 and ECO outputs (the first line
 * among the first lines that matches one). The file name ({@code .nc}, {@code .json},
 * {@code .xml}) decides only when the content does not. Stateless and thread-safe.
 */
public final class FormatDetector {

    /** How many bytes of the file's head are examined. */
    public static final int HEAD_BYTES = 8192;

    private static final Pattern OPTODE = Pattern.compile(
            "^(\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} )?\\d{4}\\t\\d+(\\t-?[\\d.]+){10}\\s*$");
    private static final Pattern SBE37 = Pattern.compile(
            "^#?\\s*-?[\\d.]+(,\\s*-?[\\d.]+)+,\\s*\\d{2} [A-Za-z]{3} \\d{4},\\s*\\d{2}:\\d{2}:\\d{2}\\s*$");
    private static final Pattern ECO = Pattern.compile(
            "^\\d{2}/\\d{2}/\\d{2}\\s+\\d{2}:\\d{2}:\\d{2}(\\s+-?[\\d.]+){2,}\\s*$");
    private static final Pattern AZORES_HEADER = Pattern.compile("(?i)^\\s*DATE\\s*;\\s*TIME\\s*;.*");

    /**
     * Detects the format of a file.
     *
     * @param file the file to look at
     * @return the format identifier, or empty if unknown
     * @throws IOException when the file cannot be read
     */
    public Optional<String> detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(file.getFileName().toString(), in.readNBytes(HEAD_BYTES));
        }
    }

    /**
     * Detects the format from a file name and the first bytes of its content.
     *
     * @param fileName the name (may be null)
     * @param head     the first bytes, ideally {@link #HEAD_BYTES} of them
     * @return the format identifier, or empty if unknown
     */
    public Optional<String> detect(String fileName, byte[] head) {
        if (startsWith(head, "CDF") || startsWith(head, "\u0089HDF")) {
            return Optional.of(Formats.OCEANSITES_NETCDF);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") && text.contains("\"observations\"")) {
            return Optional.of(Formats.EMSODEV_JSON);
        }
        if (text.contains("<Sample") && text.contains("PressurePSI")) {
            return Optional.of(Formats.SBE54_XML);
        }
        if (trimmed.startsWith("# METADATA") || trimmed.startsWith("# VOCABULARY")) {
            return Optional.of(Formats.OCEANSITES_CSV);
        }
        Optional<String> byLines = byLines(text.lines().limit(20).toList());
        return byLines.isPresent() ? byLines : byName(fileName);
    }

    private static Optional<String> byLines(List<String> lines) {
        for (String line : lines) {
            if (AZORES_HEADER.matcher(line).matches()) {
                return Optional.of(Formats.AZORES_EGIM_CSV);
            }
            if (OPTODE.matcher(line).matches()) {
                return Optional.of(Formats.AANDERAA_OPTODE);
            }
            if (SBE37.matcher(line).matches()) {
                return Optional.of(Formats.SBE37_ASCII);
            }
            if (ECO.matcher(line).matches()) {
                return Optional.of(Formats.ECO_NTU);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> byName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".nc") || name.endsWith(".nc4")) {
            return Optional.of(Formats.OCEANSITES_NETCDF);
        }
        if (name.endsWith(".json")) {
            return Optional.of(Formats.EMSODEV_JSON);
        }
        if (name.endsWith(".xml")) {
            return Optional.of(Formats.SBE54_XML);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, String signature) {
        if (head.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if ((head[i] & 0xff) != signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
