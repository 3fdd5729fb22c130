package eu.emso.dmp.egim.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** Turns one EMSODEV observation element into its outcome. Stateless. */
final class EmsodevObservation {

    private EmsodevObservation() {
    }

    static LineOutcome outcome(long n, JsonNode element, String instrument, String parameter, String unit) {
        String raw = element.toString();
        if (!element.isObject()) {
            return new Rejected(n, raw, "observation is not a JSON object");
        }
        JsonNode time = element.get("phenomenonTime");
        if (time == null || !time.isNumber()) {
            return new Rejected(n, raw, "phenomenonTime is missing or not a number of epoch seconds");
        }
        JsonNode value = element.get("value");
        if (value == null || value.isNull()) {
            return new Rejected(n, raw, "value is missing");
        }
        double v;
        try {
            v = value.isNumber() ? value.doubleValue() : Text.number(value.isTextual() ? value.textValue() : value.toString(), "value");
        } catch (NumberFormatException e) {
            return new Rejected(n, raw, e.getMessage());
        }
        if (!Double.isFinite(v)) {
            return new Rejected(n, raw, "value is not finite");
        }
        Instant t = Instant.ofEpochMilli(Math.round(time.doubleValue() * 1000));
        return new RawRecord(n, raw, t, instrument, null, List.of(Measurement.of(parameter, v, unit)));
    }
}
