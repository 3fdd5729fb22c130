package eu.emso.dmp.server.exports;

import java.util.Locale;
import java.util.Map;

/**
 * The OceanSITES variable code and CF standard name of an ObservedProperty: its name when that is
 * already an OceanSITES code (as the site catalogue stores them), otherwise the code its NVS P01
 * definition stands for, otherwise its name made a valid NetCDF name. Stateless.
 */
final class Vocabulary {
    /** P01 code → OceanSITES code and CF standard name (EMSO metadata specifications). */
    private static final Map<String, String[]> P01 = Map.ofEntries(
            Map.entry("TEMPPR01", new String[] {"TEMP", "sea_water_temperature"}),
            Map.entry("TEMPST01", new String[] {"TEMP", "sea_water_temperature"}),
            Map.entry("PSLTZZ01", new String[] {"PSAL", "sea_water_practical_salinity"}),
            Map.entry("CNDCZZ01", new String[] {"CNDC", "sea_water_electrical_conductivity"}),
            Map.entry("PRESPR01", new String[] {"PRES", "sea_water_pressure"}),
            Map.entry("SVELXXXX", new String[] {"SVEL", "speed_of_sound_in_sea_water"}),
            Map.entry("DOXMZZXX", new String[] {"DOX2", "moles_of_oxygen_per_unit_mass_in_sea_water"}),
            Map.entry("OXYSZZ01", new String[] {"OSAT", "fractional_saturation_of_oxygen_in_sea_water"}),
            Map.entry("TURBXXXX", new String[] {"TUR4", "sea_water_turbidity"}),
            Map.entry("PCO2XXXX", new String[] {"PCO2", "partial_pressure_of_carbon_dioxide_in_sea_water"}),
            Map.entry("PHXXZZXX", new String[] {"PHPH", "sea_water_ph_reported_on_total_scale"}));
    /** The CF standard names of the OceanSITES codes above. */
    private static final Map<String, String> STANDARD = Map.of("TEMP", "sea_water_temperature",
            "PSAL", "sea_water_practical_salinity", "CNDC", "sea_water_electrical_conductivity",
            "PRES", "sea_water_pressure", "SVEL", "speed_of_sound_in_sea_water",
            "DOX2", "moles_of_oxygen_per_unit_mass_in_sea_water", "OSAT", "fractional_saturation_of_oxygen_in_sea_water",
            "TUR4", "sea_water_turbidity");

    private Vocabulary() {
    }

    /** The OceanSITES code of an ObservedProperty named {@code name} with {@code definition} (may be null). */
    static String code(String name, String definition) {
        if (name != null && name.matches("[A-Z][A-Z0-9]{1,7}")) {
            return name;
        }
        String[] known = P01.get(p01(definition));
        if (known != null) {
            return known[0];
        }
        String clean = (name == null || name.isBlank() ? "VAR" : name).replaceAll("[^A-Za-z0-9_]+", "_");
        return Character.isLetter(clean.charAt(0)) ? clean : "V" + clean;
    }

    /** The CF standard name: {@code given} when not blank, else the one the code stands for, else null. */
    static String standardName(String given, String code, String definition) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        String[] known = P01.get(p01(definition));
        return known != null ? known[1] : STANDARD.get(code);
    }

    /** The P01 code at the end of an NVS URI such as {@code .../collection/P01/current/TEMPPR01/}, or "". */
    static String p01(String definition) {
        if (definition == null || !definition.toUpperCase(Locale.ROOT).contains("/P01/")) {
            return "";
        }
        String d = definition.endsWith("/") ? definition.substring(0, definition.length() - 1) : definition;
        return d.substring(d.lastIndexOf('/') + 1);
    }
}
