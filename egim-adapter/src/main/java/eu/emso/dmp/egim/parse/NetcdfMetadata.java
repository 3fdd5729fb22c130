package eu.emso.dmp.egim.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import ucar.nc2.Attribute;
import ucar.nc2.NetcdfFile;
import ucar.nc2.Variable;

/**
 * Emits the metadata of a NetCDF file for the catalogue: the global attributes (scope
 * {@link Metadata#FILE}, with the value of a scalar {@code platform_id} variable if present)
 * and the attributes of every variable (scope = variable name: {@code standard_name},
 * {@code units}, {@code sdn_parameter_urn}, {@code sdn_uom_urn}, {@code sensor_*}, ...).
 * Attribute values are rendered as text; arrays join their elements with {@code ", "}. Stateless.
 */
final class NetcdfMetadata {

    private NetcdfMetadata() {
    }

    static void emit(NetcdfFile file, Consumer<? super ParseEvent> sink) throws java.io.IOException {
        Map<String, String> global = new LinkedHashMap<>();
        for (Attribute a : file.getGlobalAttributes()) {
            global.put(a.getShortName(), render(a));
        }
        Variable platform = file.findVariable("platform_id");
        if (platform != null && platform.getRank() <= 1) {
            global.put("platform_id", platform.read().toString().strip());
        }
        sink.accept(new Metadata(0, Metadata.FILE, global));
        for (Variable v : file.getVariables()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Attribute a : v.getAttributes()) {
                if (!a.getShortName().startsWith("_Chunk")) {
                    attributes.put(a.getShortName(), render(a));
                }
            }
            sink.accept(new Metadata(0, v.getShortName(), attributes));
        }
    }

    private static String render(Attribute a) {
        if (a.isString()) {
            return a.getStringValue();
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < a.getLength(); i++) {
            s.append(i == 0 ? "" : ", ").append(a.getNumericValue(i));
        }
        return s.toString();
    }
}
