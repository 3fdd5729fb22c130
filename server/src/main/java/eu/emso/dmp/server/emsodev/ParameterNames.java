package eu.emso.dmp.server.emsodev;

import eu.emso.dmp.egim.parse.EmsodevJsonParser;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameter names of the EMSODEV API for the OceanSITES codes the site catalogue gives
 * ObservedProperties (TEMP is {@code sea_water_temperature}, CNDC {@code conductivity}, ...), the
 * same names the ingest of EMSODEV JSON reads ({@link EmsodevJsonParser#CODES}).
 * A code without an EMSODEV name is named by the ObservedProperty's CF standard name, else by the
 * code in lower case. Stateless.
 */
final class ParameterNames {
    /** The codes of the ingest of EMSODEV JSON, turned round, and the ADCP and depth codes beside them. */
    private static final Map<String, String> EMSODEV = names();

    private static Map<String, String> names() {
        Map<String, String> m = new HashMap<>();
        EmsodevJsonParser.CODES.forEach((name, code) -> m.put(code, name));
        m.put("MPMN", "depth");
        m.put("VCUR", "N_S_sea_water_speed");
        m.put("UCUR", "E_W_sea_water_speed");
        m.put("WCUR", "vert_sea_water_speed");
        return Map.copyOf(m);
    }

    private ParameterNames() {
    }

    /**
     * The EMSODEV name of a parameter.
     *
     * @param code         the ObservedProperty's name (an OceanSITES code in the site catalogue)
     * @param standardName its {@code properties.standard_name}, or ""
     */
    static String of(String code, String standardName) {
        String known = EMSODEV.get(code.toUpperCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        if (!standardName.isBlank()) {
            return standardName;
        }
        return code.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
    }
}
