package eu.emso.dmp.qc.flag;

import java.util.Optional;

/**
 * The OceanSITES / Copernicus Marine in-situ quality flags (OceanSITES Data Format Reference
 * Manual, reference table 2), used in CSV and NetCDF exports. EMSO uses the subset
 * 0, 1, 2, 3, 4, 7, 8, 9.
 *
 * <p>Mapping to QARTOD ({@link #toQartod()}), decided from the definitions of both schemes:
 * <ul>
 *   <li>0 no QC performed &rarr; UNKNOWN (2, "not evaluated");</li>
 *   <li>1 good &rarr; GOOD (1);</li>
 *   <li>2 probably good &rarr; GOOD (1): QARTOD has no "probably good"; the value passed the
 *       checks that were made and is meant to be used, so it is not SUSPECT;</li>
 *   <li>3 bad but potentially correctable (probably bad) &rarr; SUSPECT (3);</li>
 *   <li>4 bad &rarr; FAIL (4);</li>
 *   <li>9 missing &rarr; MISSING (9);</li>
 *   <li>5 value changed, 6 not used, 7 nominal value, 8 interpolated &rarr; none: they describe
 *       how a value was produced, not its quality, so no QARTOD flag is implied.</li>
 * </ul>
 * The reverse mapping ({@link #fromQartod(QartodFlag)}) is total: GOOD &rarr; 1, UNKNOWN &rarr; 0,
 * SUSPECT &rarr; 3, FAIL &rarr; 4, MISSING &rarr; 9.
 *
 * <p>Immutable and thread safe.
 */
public enum OceanSitesFlag {
    NO_QC(0), GOOD(1), PROBABLY_GOOD(2), PROBABLY_BAD(3), BAD(4), VALUE_CHANGED(5), NOT_USED(6),
    NOMINAL_VALUE(7), INTERPOLATED(8), MISSING(9);

    private final byte code;

    OceanSitesFlag(int code) {
        this.code = (byte) code;
    }

    /** Returns the numeric flag value 0..9. */
    public byte code() {
        return code;
    }

    /**
     * Returns the flag with the given numeric code.
     *
     * @throws IllegalArgumentException if the code is outside 0..9
     */
    public static OceanSitesFlag fromCode(int code) {
        if (code < 0 || code > 9) {
            throw new IllegalArgumentException("not an OceanSITES flag code: " + code);
        }
        return values()[code];
    }

    /** Returns the equivalent QARTOD flag, or empty where the scheme has none (5, 6, 7, 8). */
    public Optional<QartodFlag> toQartod() {
        return Optional.ofNullable(switch (this) {
            case NO_QC -> QartodFlag.UNKNOWN;
            case GOOD, PROBABLY_GOOD -> QartodFlag.GOOD;
            case PROBABLY_BAD -> QartodFlag.SUSPECT;
            case BAD -> QartodFlag.FAIL;
            case MISSING -> QartodFlag.MISSING;
            case VALUE_CHANGED, NOT_USED, NOMINAL_VALUE, INTERPOLATED -> null;
        });
    }

    /** Returns the OceanSITES flag an export writes for a QARTOD flag. */
    public static OceanSitesFlag fromQartod(QartodFlag flag) {
        return switch (flag) {
            case GOOD -> GOOD;
            case UNKNOWN -> NO_QC;
            case SUSPECT -> PROBABLY_BAD;
            case FAIL -> BAD;
            case MISSING -> MISSING;
        };
    }
}
