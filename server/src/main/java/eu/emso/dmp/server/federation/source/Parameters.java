package eu.emso.dmp.server.federation.source;

import java.util.Locale;
import java.util.Map;

/**
 * Names and vocabulary URIs of remote parameters: SeaDataNet URNs ({@code SDN:P01::TEMPPR01})
 * as NVS URIs ({@code http://vocab.nerc.ac.uk/collection/P01/current/TEMPPR01/}), and the
 * OceanSITES code a P01 term or a CF standard name stands for (OceanSITES manual 1.4 parameter
 * table, EMSO metadata specifications). Stateless.
 */
public final class Parameters {
    /** The NVS collection root of the P01 parameter vocabulary. */
    public static final String P01 = "http://vocab.nerc.ac.uk/collection/P01/current/";
    /** Where a CF standard name is given as a URI when no P01 term is known (the MMI ontology). */
    public static final String CF = "http://mmisw.org/ont/cf/parameter/";
    private static final Map<String, String> BY_P01 = Map.ofEntries(
            Map.entry("TEMPPR01", "TEMP"), Map.entry("TEMPST01", "TEMP"),
            Map.entry("PSLTZZ01", "PSAL"), Map.entry("PSALST01", "PSAL"), Map.entry("CNDCZZ01", "CNDC"),
            Map.entry("CNDCST01", "CNDC"), Map.entry("PRESPR01", "PRES"), Map.entry("SVELXXXX", "SVEL"),
            Map.entry("DOXMZZXX", "DOX2"), Map.entry("OXYSZZ01", "OSAT"), Map.entry("TURBXXXX", "TUR4"),
            Map.entry("CPHLPR01", "CPHL"), Map.entry("CAPHZZ01", "CAPH"), Map.entry("CDTAZZ01", "DRYT"),
            Map.entry("EWDAZZ01", "WDIR"), Map.entry("EWSBZZ01", "WSPD"), Map.entry("PHXXZZXX", "PHPH"));
    private static final Map<String, String> BY_STANDARD_NAME = Map.ofEntries(
            Map.entry("sea_water_temperature", "TEMP"), Map.entry("sea_water_practical_salinity", "PSAL"),
            Map.entry("sea_water_salinity", "PSAL"), Map.entry("sea_water_electrical_conductivity", "CNDC"),
            Map.entry("sea_water_pressure", "PRES"), Map.entry("speed_of_sound_in_sea_water", "SVEL"),
            Map.entry("moles_of_oxygen_per_unit_mass_in_sea_water", "DOX2"),
            Map.entry("mole_concentration_of_dissolved_molecular_oxygen_in_sea_water", "DOX1"),
            Map.entry("fractional_saturation_of_oxygen_in_sea_water", "OSAT"), Map.entry("sea_water_turbidity", "TUR4"),
            Map.entry("mass_concentration_of_chlorophyll_a_in_sea_water", "CPHL"),
            Map.entry("air_pressure_at_sea_level", "ATMS"), Map.entry("air_pressure", "CAPH"),
            Map.entry("air_temperature", "DRYT"), Map.entry("relative_humidity", "RELH"),
            Map.entry("wind_from_direction", "WDIR"), Map.entry("wind_speed", "WSPD"),
            Map.entry("wind_speed_of_gust", "GSPD"), Map.entry("sea_surface_wave_significant_height", "VHM0"));

    private Parameters() {
    }

    /** The NVS URI of a SeaDataNet URN ({@code SDN:P01::TEMPPR01}), or null when it is not one. */
    public static String uriOfUrn(String urn) {
        if (urn == null) {
            return null;
        }
        String[] parts = urn.strip().split("::");
        if (parts.length != 2 || !parts[0].toUpperCase(Locale.ROOT).startsWith("SDN:") || parts[1].isBlank()) {
            return null;
        }
        String collection = parts[0].substring(4);
        return "http://vocab.nerc.ac.uk/collection/" + collection + "/current/" + parts[1] + "/";
    }

    /** The P01 code at the end of an NVS P01 URI, or null when it is not one. */
    public static String p01Code(String uri) {
        if (uri == null || !uri.toUpperCase(Locale.ROOT).contains("/P01/")) {
            return null;
        }
        String u = uri.strip();
        u = u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
        return u.substring(u.lastIndexOf('/') + 1);
    }

    /**
     * The OceanSITES code of a remote variable: its name when that is a code already (upper case
     * letters and digits), else the code of its P01 term, else of its CF standard name, else its
     * name.
     */
    public static String code(String name, String p01Uri, String standardName) {
        if (name != null && name.matches("[A-Z][A-Z0-9]{1,7}")) {
            return name;
        }
        String byP01 = BY_P01.get(String.valueOf(p01Code(p01Uri)));
        if (byP01 != null) {
            return byP01;
        }
        String byCf = standardName == null ? null : BY_STANDARD_NAME.get(standardName.strip());
        return byCf != null ? byCf : name;
    }

    /** The definition URI: the P01 URI when known, else the CF standard name's, else null. */
    public static String definition(String p01Uri, String standardName) {
        if (p01Uri != null && !p01Uri.isBlank()) {
            return p01Uri.strip();
        }
        return standardName == null || standardName.isBlank() ? null : CF + standardName.strip();
    }
}
