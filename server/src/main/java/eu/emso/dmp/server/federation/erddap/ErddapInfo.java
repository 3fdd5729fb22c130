package eu.emso.dmp.server.federation.erddap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A tabledap dataset's metadata as {@code info/{datasetID}/index} gives it (rows {@code Row Type,
 * Variable Name, Attribute Name, Data Type, Value}), and the roles of its variables: time,
 * latitude, longitude, depth, the station (CF {@code cf_role=timeseries_id}, else a variable named
 * {@code platform_code}, {@code station}, ...), the data variables and their QC companions
 * ({@code ancillary_variables}, else the OceanSITES {@code NAME_QC}). Immutable.
 */
record ErddapInfo(Map<String, String> global, Map<String, Variable> variables) {
    private static final Set<String> STATION_NAMES = Set.of("platform_code", "station", "station_id", "platform",
            "platform_id", "site_code", "station_name");

    /** One variable: its ERDDAP data type and attributes. */
    record Variable(String name, String type, Map<String, String> attributes) {
        String attr(String key) {
            String v = attributes.get(key);
            return v == null || v.isBlank() ? null : v.strip();
        }

        boolean numeric() {
            return !type.equalsIgnoreCase("String") && !type.equalsIgnoreCase("char");
        }
    }

    /** A data variable with its QC variable, or null. */
    record DataVariable(Variable variable, String qc) {
    }

    static ErddapInfo of(ErddapTable t) throws ErddapTable.Malformed {
        int kind = t.column("Row Type");
        int var = t.column("Variable Name");
        int attr = t.column("Attribute Name");
        int type = t.column("Data Type");
        int value = t.column("Value");
        if (kind < 0 || var < 0 || attr < 0 || type < 0 || value < 0) {
            throw new ErddapTable.Malformed("the info table lacks the columns Row Type, Variable Name, "
                    + "Attribute Name, Data Type, Value: " + t.names());
        }
        Map<String, String> global = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Map<String, String>> attrs = new LinkedHashMap<>();
        for (List<String> r : t.rows()) {
            String k = r.get(kind).toLowerCase(Locale.ROOT);
            if (k.equals("variable")) {
                types.put(r.get(var), r.get(type));
                attrs.putIfAbsent(r.get(var), new LinkedHashMap<>());
            } else if (k.equals("attribute") && r.get(var).equals("NC_GLOBAL")) {
                global.put(r.get(attr), r.get(value));
            } else if (k.equals("attribute")) {
                attrs.computeIfAbsent(r.get(var), x -> new LinkedHashMap<>()).put(r.get(attr), r.get(value));
            }
        }
        Map<String, Variable> variables = new LinkedHashMap<>();
        types.forEach((name, ty) -> variables.put(name, new Variable(name, ty, Map.copyOf(attrs.get(name)))));
        if (!variables.containsKey("time")) {
            throw new ErddapTable.Malformed("the dataset has no time variable: it cannot be harvested by time");
        }
        return new ErddapInfo(Map.copyOf(global), java.util.Collections.unmodifiableMap(variables));
    }

    /** The coordinate variable of an axis ({@code latitude}, {@code longitude}, {@code depth}), or null. */
    String axis(String name) {
        if (variables.containsKey(name)) {
            return name;
        }
        if (name.equals("depth") && variables.containsKey("altitude")) {
            return "altitude";
        }
        return null;
    }

    /** The station variable, or null for a dataset of one platform. */
    String station() {
        for (Variable v : variables.values()) {
            if ("timeseries_id".equals(v.attr("cf_role"))) {
                return v.name();
            }
        }
        return variables.keySet().stream().filter(STATION_NAMES::contains).findFirst().orElse(null);
    }

    /** The data variables (numeric, neither coordinates, station, nor flags), with their QC companions. */
    List<DataVariable> data() {
        Set<String> skip = new java.util.HashSet<>(Set.of("time", "latitude", "longitude", "depth", "altitude"));
        if (station() != null) {
            skip.add(station());
        }
        List<DataVariable> out = new ArrayList<>();
        for (Variable v : variables.values()) {
            if (!skip.contains(v.name()) && v.numeric() && !flag(v)) {
                out.add(new DataVariable(v, qc(v)));
            }
        }
        return out;
    }

    private static boolean flag(Variable v) {
        return v.name().toUpperCase(Locale.ROOT).endsWith("_QC") || v.attr("flag_values") != null
                || v.attr("flag_meanings") != null || v.name().toUpperCase(Locale.ROOT).endsWith("_DM");
    }

    private String qc(Variable v) {
        String ancillary = v.attr("ancillary_variables");
        if (ancillary != null) {
            for (String a : ancillary.split("[\\s,]+")) {
                if (variables.containsKey(a) && flag(variables.get(a)) && !a.toUpperCase(Locale.ROOT).endsWith("_DM")) {
                    return a;
                }
            }
        }
        return variables.containsKey(v.name() + "_QC") ? v.name() + "_QC" : null;
    }
}
