package eu.emso.dmp.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated data set: Things at EMSO ocean sites, each with Datastreams of real EMSO
 * variables sampled every 1 s, 10 s, 1 min, 15 min or 1 h, all ending at {@link #END}. Every
 * Datastream covers the same span, so the 1 Hz ones hold most observations, as at a real node.
 * Values are a deterministic daily cycle plus a small ripple. Immutable.
 */
public final class DataSet {
    /** Time of the last generated observation. */
    public static final Instant END = Instant.parse("2025-06-01T00:00:00Z");
    private static final int[] INTERVALS = {1, 10, 60, 900, 3600};
    private static final List<Site> SITES = List.of(
            new Site("OBSEA", 41.1819, 1.7527), new Site("Azores EGIM", 37.2999, -32.2770),
            new Site("Ligurian Sea", 43.7833, 7.8333), new Site("Western Ionian Sea", 37.5000, 15.3833),
            new Site("Hellenic Arc", 36.8300, 21.6100), new Site("PLOCAN ESTOC", 29.1667, -15.5000),
            new Site("Porcupine Abyssal Plain", 49.0000, -16.5000), new Site("Black Sea", 44.1000, 28.7000),
            new Site("Nordic Seas", 76.0000, 5.0000), new Site("Iberian Margin", 36.3600, -9.9000),
            new Site("Irish Sea", 53.2500, -5.5000), new Site("Cretan Sea", 35.7500, 25.1000));
    private static final List<Variable> VARIABLES = List.of(
            new Variable("TEMP", "sea_water_temperature", "degC", 14.0, 1.5),
            new Variable("CNDC", "sea_water_electrical_conductivity", "S/m", 4.2, 0.05),
            new Variable("PSAL", "sea_water_practical_salinity", "PSU", 38.0, 0.2),
            new Variable("PRES", "sea_water_pressure", "dbar", 20.2, 0.4),
            new Variable("DOX2", "moles_of_oxygen_per_unit_mass_in_sea_water", "umol/kg", 230.0, 8.0),
            new Variable("TUR4", "sea_water_turbidity", "NTU", 1.2, 0.5),
            new Variable("SVEL", "speed_of_sound_in_sea_water", "m/s", 1507.0, 2.0),
            new Variable("VCUR", "northward_sea_water_velocity", "mm/s", 0.0, 120.0));

    /** An observatory site (WGS84). */
    public record Site(String name, double lat, double lon) {
    }

    /** An OceanSITES variable with its CF name, unit and the centre and swing of its values. */
    public record Variable(String code, String standardName, String unit, double mean, double swing) {
    }

    /** One Datastream of the plan: its Thing, variable, sampling interval and observation count. */
    public record Stream(int thing, Variable variable, int intervalSeconds, long count) {
        /** Phenomenon time of observation {@code i} (0 = the oldest). */
        public Instant time(long i) {
            return END.minusSeconds((count - 1 - i) * intervalSeconds);
        }

        /** The value of observation {@code i}. */
        public double value(long i) {
            double t = time(i).getEpochSecond();
            double daily = Math.sin(2 * Math.PI * t / 86_400.0);
            double ripple = Math.sin(t / 37.0 + thing) * 0.05;
            return Math.round((variable.mean() + variable.swing() * (daily + ripple)) * 10_000) / 10_000.0;
        }
    }

    private final Size size;
    private final List<Stream> streams;

    public DataSet(Size size) {
        if (size.things() > SITES.size() * 4 || size.streams() > VARIABLES.size()) {
            throw new IllegalArgumentException("size too large for the site and variable lists");
        }
        this.size = size;
        double perSecond = 0;
        for (int s = 0; s < size.streams(); s++) {
            perSecond += 1.0 / INTERVALS[s % INTERVALS.length];
        }
        long span = (long) (size.observations() / (size.things() * perSecond));
        List<Stream> plan = new ArrayList<>();
        for (int t = 0; t < size.things(); t++) {
            for (int s = 0; s < size.streams(); s++) {
                int interval = INTERVALS[s % INTERVALS.length];
                plan.add(new Stream(t, VARIABLES.get(s), interval, Math.max(1, span / interval)));
            }
        }
        this.streams = List.copyOf(plan);
    }

    public Size size() {
        return size;
    }

    public List<Stream> streams() {
        return streams;
    }

    /** Site of Thing {@code t}; beyond the list, sites repeat a little further offshore. */
    public Site site(int t) {
        Site s = SITES.get(t % SITES.size());
        double shift = 0.25 * (t / SITES.size());
        return new Site(s.name() + (shift == 0 ? "" : " " + (t / SITES.size() + 1)), s.lat() - shift, s.lon() + shift);
    }

    public long totalObservations() {
        return streams.stream().mapToLong(Stream::count).sum();
    }

    /** The first (highest-rate) Datastream, used by the per-Datastream read scenarios. */
    public Stream densest() {
        return streams.get(0);
    }
}
