package eu.emso.dmp.bench;

/**
 * One row of the report. {@code ratio} is how many times faster our server is: against
 * FROST-Server for every scenario except {@code bulk} and {@code load}, whose yardstick is raw
 * PostgreSQL COPY ({@code copy}). For milliseconds that is peer / ours, for observations per second ours / peer.
 * Immutable.
 *
 * @param kind "write" or "read"
 * @param unit "ms" or "obs/s"
 * @param copy the raw COPY figure for {@code bulk} and {@code load}, else null
 */
public record ScenarioResult(String name, String kind, String unit, Measurement ours, Measurement frost,
                             Measurement copy) {

    public static ScenarioResult read(String name, Measurement ours, Measurement frost) {
        return new ScenarioResult(name, "read", "ms", ours, frost, null);
    }

    public static ScenarioResult write(String name, Measurement ours, Measurement frost) {
        return new ScenarioResult(name, "write", "obs/s", ours, frost, null);
    }

    /**
     * A write measured against raw COPY rather than FROST-Server: {@code bulk} (the EGIM adapter's
     * ingest path against COPY of the same rows into the same table) and {@code load} (the write
     * path loading the read scenarios' data set against COPY into an identically shaped table).
     */
    public static ScenarioResult againstCopy(String name, Measurement ours, Measurement copy) {
        return new ScenarioResult(name, "write", "obs/s", ours, Measurement.notAvailable(
                "FROST-Server has no bulk path besides dataArray (see dataarray); compared with raw COPY"), copy);
    }

    /** How many times faster we are, or null when a figure is missing. */
    public Double ratio() {
        Measurement peer = copy != null ? copy : frost;
        if (!ours.available() || !peer.available() || ours.value() <= 0 || peer.value() <= 0) {
            return null;
        }
        return "ms".equals(unit) ? peer.value() / ours.value() : ours.value() / peer.value();
    }
}
