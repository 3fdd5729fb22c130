package eu.emso.dmp.server.qc;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.qc.QcConfig;
import eu.emso.dmp.qc.config.QcConfigException;
import eu.emso.dmp.qc.config.QcConfigParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The site default QC configurations: every {@code *.json} file of a directory (such as
 * {@code config/qc/obsea.json}) maps OceanSITES parameter codes (an ObservedProperty's name, e.g.
 * {@code TEMP}) to configurations in the ioos_qc shape. Loaded once at start; a code defined in
 * two files, or an invalid file, stops the start with a message naming the file and key.
 * Immutable and thread-safe.
 */
public final class SiteDefaults {
    private final Map<String, EffectiveConfig> byCode;

    private SiteDefaults(Map<String, EffectiveConfig> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** No site defaults. */
    public static SiteDefaults none() {
        return new SiteDefaults(Map.of());
    }

    /**
     * Loads every {@code *.json} file of {@code dir}, in name order; a missing directory gives
     * no defaults.
     *
     * @throws IllegalArgumentException when a file is not valid JSON or not a valid configuration,
     *                                  or when two files define the same code
     */
    public static SiteDefaults load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return none();
        }
        Map<String, EffectiveConfig> byCode = new HashMap<>();
        for (Path file : files(dir)) {
            String origin = "site:" + file.getFileName();
            for (Map.Entry<String, QcConfig> e : parse(file).entrySet()) {
                EffectiveConfig previous = byCode.putIfAbsent(e.getKey(), EffectiveConfig.of(e.getValue(), origin));
                if (previous != null) {
                    throw new IllegalArgumentException("QC site default for " + e.getKey() + " is defined twice: in "
                            + previous.origin().substring(5) + " and in " + file.getFileName());
                }
            }
        }
        return new SiteDefaults(byCode);
    }

    /** The default for a parameter code, if a site file defines one. */
    public Optional<EffectiveConfig> forCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Number of codes with a default. */
    public int size() {
        return byCode.size();
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list QC site defaults in " + dir, e);
        }
    }

    private static Map<String, QcConfig> parse(Path file) {
        try {
            JsonNode root = Json.mapper().readTree(file.toFile());
            return QcConfigParser.parseSite(root);
        } catch (IOException e) {
            throw new IllegalArgumentException("QC site file " + file + " is not valid JSON: " + e.getMessage(), e);
        } catch (QcConfigException e) {
            throw new IllegalArgumentException("QC site file " + file + ": " + e.getMessage(), e);
        }
    }
}
