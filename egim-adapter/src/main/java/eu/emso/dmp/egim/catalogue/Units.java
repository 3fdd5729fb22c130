package eu.emso.dmp.egim.catalogue;

import java.util.Locale;
import java.util.Map;

/** Compares unit spellings as instruments and files write them ({@code °C}, {@code degrees_C}, {@code degC}). */
final class Units {
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("degreesc", "degc"), Map.entry("celsius", "degc"), Map.entry("°c", "degc"),
            Map.entry("sm-1", "s/m"), Map.entry("ms-1", "m/s"), Map.entry("0.001", "psu"),
            Map.entry("µmol/l", "umol/l"), Map.entry("umol/l", "umol/l"), Map.entry("µm", "umol/l"),
            Map.entry("um", "umol/l"), Map.entry("deg", "degree"), Map.entry("degrees", "degree"));

    private Units() {
    }

    static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    static String canonical(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
        return SYNONYMS.getOrDefault(u, u);
    }
}
