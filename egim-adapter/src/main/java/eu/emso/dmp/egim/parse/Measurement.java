package eu.emso.dmp.egim.parse;

import java.util.Objects;

/**
 * One measured value of one parameter.
 * Immutable and thread-safe.
 *
 * @param parameter  OceanSITES parameter code ({@code TEMP}, {@code CNDC}, {@code PRES},
 *                   {@code PSAL}, {@code SVEL}, {@code DOX2}, {@code OSAT}, {@code TUR4}, ...),
 *                   or the source's own variable name where no code applies
 * @param value      the value, finite
 * @param unit       the unit as the source states it (e.g. {@code degC}, {@code S/m}, {@code dbar})
 * @param sourceFlag the quality flag the source attached (e.g. an OceanSITES {@code _QC} value),
 *                   or {@code null} when the source gives none
 * @param depth      the depth in metres (positive down) if the source states it, else {@code null}
 */
public record Measurement(String parameter, double value, String unit, Integer sourceFlag, Double depth) {

    /** Checks that parameter and unit are present and the value is finite. */
    public Measurement {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + parameter + " is not finite: " + value);
        }
    }

    /** A measurement without source flag and depth. */
    public static Measurement of(String parameter, double value, String unit) {
        return new Measurement(parameter, value, unit, null, null);
    }
}
