package eu.emso.dmp.qc.qartod;

import eu.emso.dmp.qc.flag.QartodFlag;
import java.time.LocalDate;
import java.util.List;

/**
 * QARTOD climatology test (QARTOD temperature/salinity manual, test 11; ioos_qc
 * {@code climatology_test}). Each point starts UNKNOWN; every member whose time span (absolute, or
 * in its calendar period) and depth span contain the point's time and depth sets the flag: FAIL
 * outside the member's fail span, SUSPECT outside its value span, GOOD otherwise. Members apply in
 * order, so the last matching one wins; a point no member matches stays UNKNOWN. Missing values are
 * MISSING. Times are read in UTC.
 *
 * <p>Stateless and thread safe; O(n &times; members), with one calendar conversion per distinct day.
 */
public final class Climatology {

    private static final byte GOOD = QartodFlag.GOOD.code();
    private static final byte UNKNOWN = QartodFlag.UNKNOWN.code();
    private static final byte SUSPECT = QartodFlag.SUSPECT.code();
    private static final byte FAIL = QartodFlag.FAIL.code();
    private static final byte MISSING = QartodFlag.MISSING.code();
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private Climatology() {
    }

    /**
     * Returns one flag code per value.
     *
     * @param epochMillis observation times
     * @param values observed values
     * @param depths depth per point in metres positive down, NaN where unknown; or {@code null}
     *     when no point has a depth
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static byte[] flags(long[] epochMillis, double[] values, double[] depths,
            ClimatologyConfig config) {
        Arrays2.requireSameLength(epochMillis, values);
        if (depths != null && depths.length != values.length) {
            throw new IllegalArgumentException("depths and values differ in length");
        }
        List<ClimatologyMember> members = config.members();
        byte[] flags = new byte[values.length];
        long cachedDay = Long.MIN_VALUE;
        LocalDate date = null;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                flags[i] = MISSING;
                continue;
            }
            long day = Math.floorDiv(epochMillis[i], MILLIS_PER_DAY);
            if (day != cachedDay) {
                cachedDay = day;
                date = LocalDate.ofEpochDay(day);
            }
            double depth = depths == null ? Double.NaN : depths[i];
            byte flag = UNKNOWN;
            for (ClimatologyMember m : members) {
                if (m.appliesToDepth(depth) && inTime(m, epochMillis[i], date)) {
                    flag = flag(m, v);
                }
            }
            flags[i] = flag;
        }
        return flags;
    }

    private static boolean inTime(ClimatologyMember m, long epochMillis, LocalDate date) {
        if (m.period() == null) {
            return m.timeSpan().contains(epochMillis / 1000.0);
        }
        return m.timeSpan().contains(m.period().of(date));
    }

    private static byte flag(ClimatologyMember m, double v) {
        if (m.failSpan() != null && m.failSpan().excludes(v)) {
            return FAIL;
        }
        return m.valueSpan().excludes(v) ? SUSPECT : GOOD;
    }
}
