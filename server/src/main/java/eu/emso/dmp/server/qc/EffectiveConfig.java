package eu.emso.dmp.server.qc;

import eu.emso.dmp.qc.QcConfig;
import eu.emso.dmp.qc.QcRunner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The quality control configuration that applies to a Datastream, with the version that every
 * flag it produces records ({@code resultQuality.qc_config}). The version is a short hash of the
 * parsed thresholds, so the same configuration has the same version whether it comes from a
 * Datastream or a site file and however its JSON is formatted. Immutable.
 *
 * @param config  the tests and thresholds; {@link QcConfig#NONE} when nothing is evaluated
 * @param version short hash of {@code config}, or null when nothing is evaluated
 * @param origin  where it came from: {@code datastream}, {@code site:<file>}, or {@code none}
 * @param error   why a Datastream's own configuration was rejected, or null
 */
public record EffectiveConfig(QcConfig config, String version, String origin, String error) {
    private static final int VERSION_BYTES = 6;

    /** No quality control: every observation is UNKNOWN (2), no test runs. */
    public static final EffectiveConfig NONE = new EffectiveConfig(QcConfig.NONE, null, "none", null);

    /** The configuration {@code config} from {@code origin}; NONE when it configures no test. */
    public static EffectiveConfig of(QcConfig config, String origin) {
        if (config.tests().isEmpty()) {
            return NONE;
        }
        return new EffectiveConfig(config, version(config), origin, null);
    }

    /** A Datastream configuration that could not be used: nothing is evaluated, the reason is kept. */
    public static EffectiveConfig invalid(String error) {
        return new EffectiveConfig(QcConfig.NONE, null, "datastream", error);
    }

    /** Whether any test runs. */
    public boolean evaluates() {
        return !config.tests().isEmpty();
    }

    /**
     * Whether a test looks at stored neighbours (spike, rate of change, flat line), so that
     * writers of the Datastream must see each other's values; false when every test looks at
     * single points only, or none runs.
     */
    public boolean readsNeighbours() {
        return QcRunner.contextSize(config, Duration.ZERO) > 0;
    }

    private static String version(QcConfig config) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(config.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, VERSION_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
