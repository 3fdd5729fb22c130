package eu.emso.dmp.server.ingest;

import eu.emso.dmp.server.config.SettingsException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * Settings of the ingest face, keys {@code ingest.*} of {@code config/dmp.properties}. Immutable.
 *
 * @param sitesDir     directory of the site catalogue files
 * @param batchSize    observations per write
 * @param dropDir      the watched drop directory, if any
 * @param dropInterval seconds between two looks at the drop directory
 * @param tcpPort      the port of the live line listener, if any (0: a free port)
 * @param tcpFormat    the format of the lines on that port
 * @param tcpPlatform  the platform they come from
 */
public record IngestSettings(Path sitesDir, int batchSize, Optional<Path> dropDir, int dropInterval,
                             OptionalInt tcpPort, String tcpFormat, String tcpPlatform) {

    /** Reads the {@code ingest.*} keys. */
    public static IngestSettings from(Properties p) {
        String drop = p.getProperty("ingest.drop.dir", "").trim();
        String tcp = p.getProperty("ingest.tcp.port", "").trim();
        return new IngestSettings(Path.of(p.getProperty("ingest.sites.dir", "config/sites").trim()),
                integer(p, "ingest.batch.size", "5000"), drop.isEmpty() ? Optional.empty() : Optional.of(Path.of(drop)),
                integer(p, "ingest.drop.interval", "5"),
                tcp.isEmpty() ? OptionalInt.empty() : OptionalInt.of(integer(p, "ingest.tcp.port", tcp)),
                p.getProperty("ingest.tcp.format", "sbe37-ascii").trim(), p.getProperty("ingest.tcp.platform", "").trim());
    }

    /** The defaults with environment overrides and no settings file. */
    public static IngestSettings defaults() {
        return from(eu.emso.dmp.server.config.SettingsLoader.properties(null, System.getenv()));
    }

    /** The same settings with another drop directory and TCP listener (tests, command line). */
    public IngestSettings withDoors(Optional<Path> drop, OptionalInt tcp) {
        return new IngestSettings(sitesDir, batchSize, drop, dropInterval, tcp, tcpFormat, tcpPlatform);
    }

    private static int integer(Properties p, String key, String fallback) {
        String v = p.getProperty(key, fallback).trim();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new SettingsException("setting " + key + " must be an integer, found '" + v + "'");
        }
    }
}
