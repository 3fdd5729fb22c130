package eu.emso.dmp.conformance.sta11.support;

import java.time.Duration;
import java.time.Instant;

/**
 * A small, realistic EMSO data set created through the SensorThings API, and the ids the server
 * gave its entities. Two Things at EMSO sites, each with one Location and one FeatureOfInterest at
 * the same point: OBSEA (Western Mediterranean, 20 m, two Datastreams TEMP and PSAL of its SBE37
 * CTD) and W1M3A (Ligurian Sea mooring, 1200 m, one Datastream TEMP). Observations are hourly
 * (OBSEA) or two-hourly (W1M3A) on 1 February 2017, with the values of {@link #OBSEA_TEMP},
 * {@link #OBSEA_PSAL} and {@link #W1M3A_TEMP}. Immutable and thread-safe.
 *
 * @param sensor the SBE37 CTD sensor, shared by all Datastreams
 * @param temp the TEMP ObservedProperty
 * @param psal the PSAL ObservedProperty
 * @param obsea the OBSEA Thing
 * @param w1m3a the W1M3A Thing
 * @param obseaLocation OBSEA's Location
 * @param w1m3aLocation W1M3A's Location
 * @param obseaFoi OBSEA's FeatureOfInterest
 * @param w1m3aFoi W1M3A's FeatureOfInterest
 * @param obseaTemp the OBSEA TEMP Datastream
 * @param obseaPsal the OBSEA PSAL Datastream
 * @param w1m3aTemp the W1M3A TEMP Datastream
 */
public record OceanDataSet(long sensor, long temp, long psal, long obsea, long w1m3a, long obseaLocation,
        long w1m3aLocation, long obseaFoi, long w1m3aFoi, long obseaTemp, long obseaPsal, long w1m3aTemp) {
    private static final Instant FEB_1 = Instant.parse("2017-02-01T00:00:00Z");

    /** OBSEA sea water temperature, °C: 24 hourly values 13.00, 13.05, ... 14.15. */
    public static final Series OBSEA_TEMP = Series.linear(FEB_1, Duration.ofHours(1), "13.00", "0.05", 24);
    /** OBSEA practical salinity, PSU: 24 hourly values 37.90, 37.91, ... 38.13. */
    public static final Series OBSEA_PSAL = Series.linear(FEB_1, Duration.ofHours(1), "37.90", "0.01", 24);
    /** W1M3A sea water temperature, °C: 12 two-hourly values 14.5, 14.4, ... 13.4. */
    public static final Series W1M3A_TEMP = Series.linear(FEB_1, Duration.ofHours(2), "14.5", "-0.1", 12);

    /** OBSEA's position (WGS 84). */
    public static final Position OBSEA_POINT = new Position(1.7527, 41.1819);
    /** W1M3A's position (WGS 84). */
    public static final Position W1M3A_POINT = new Position(9.1131, 43.8258);

    /**
     * A point in WGS 84 degrees.
     *
     * @param longitude degrees east
     * @param latitude degrees north
     */
    public record Position(double longitude, double latitude) {
    }

    /** Creates the data set on the server behind {@code client}. */
    public static OceanDataSet load(StaClient client) {
        return new OceanDataSetLoader(client).load();
    }

    /** The number of Observations the data set holds. */
    public static int observationCount() {
        return OBSEA_TEMP.size() + OBSEA_PSAL.size() + W1M3A_TEMP.size();
    }
}
