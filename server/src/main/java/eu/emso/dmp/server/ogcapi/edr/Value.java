package eu.emso.dmp.server.ogcapi.edr;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.TimeValue;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One observed value of a series: its time, its numeric result (NaN when the result is not a
 * number) and its QARTOD flag (0 when it has none). Immutable.
 */
public record Value(Instant time, double result, int qcFlag) {
    private static final Pattern FLAG = Pattern.compile("\"qc_flag\"\\s*:\\s*(\\d+)");

    /** The value of an Observation read with {@code phenomenonTime}, {@code result}, {@code resultQuality}. */
    static Value of(EntityRow o) {
        TimeValue t = (TimeValue) o.values().get("phenomenonTime");
        double r = Double.NaN;
        if (o.values().get("result") instanceof RawJson j) {
            try {
                r = Double.parseDouble(j.text());
            } catch (NumberFormatException e) {
                r = Double.NaN;
            }
        }
        int flag = 0;
        if (o.values().get("resultQuality") instanceof RawJson q) {
            Matcher m = FLAG.matcher(q.text());
            if (m.find()) {
                flag = Integer.parseInt(m.group(1));
            }
        }
        return new Value(t.start(), r, flag);
    }
}
