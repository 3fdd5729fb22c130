package eu.emso.dmp.egim.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An instrument instance of a site: a SensorThings Sensor. Immutable.
 *
 * @param key          stable key within the site ({@code sbe37-37-14998})
 * @param name         the Sensor name
 * @param description  the Sensor description
 * @param model        the model as the manufacturer names it
 * @param serial       the serial number, empty when unknown
 * @param manufacturer the manufacturer, empty when unknown
 * @param vocabulary   NVS collection ({@code L22}, {@code L05}, {@code L35}) to concept URI; copied
 * @param identifiers  names the data uses for this instrument (serial numbers); copied
 * @param formats      the formats (see {@code eu.emso.dmp.egim.parse.Formats}) its data comes in; copied
 * @param channels     what it measures, in order; copied
 * @param registered   true when it was registered from what the data said rather than from a site file
 */
public record Instrument(String key, String name, String description, String model, String serial,
                         String manufacturer, Map<String, String> vocabulary, List<String> identifiers,
                         List<String> formats, List<Site.Channel> channels, boolean registered) {

    /** Copies the collections. */
    public Instrument {
        Objects.requireNonNull(key, "key");
        vocabulary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vocabulary));
        identifiers = List.copyOf(identifiers);
        formats = List.copyOf(formats);
        channels = List.copyOf(channels);
    }

    /**
     * An instrument not in the catalogue, described by what the data says.
     *
     * @param model  the model the data names, or null
     * @param serial the serial number the data names, or null
     * @param format the format the data came in
     */
    public static Instrument fromData(String model, String serial, String format) {
        String m = model == null ? "" : model.strip();
        String s = serial == null ? "" : serial.strip();
        String name = (m + " " + s).strip();
        if (name.isEmpty()) {
            name = "unidentified " + format + " instrument";
        }
        String key = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return new Instrument(key, name, "Instrument registered from " + format + " data: model "
                + (m.isEmpty() ? "not stated" : m) + ", serial number " + (s.isEmpty() ? "not stated" : s), m, s, "", Map.of(),
                s.isEmpty() ? List.of() : List.of(s), List.of(format), List.of(), true);
    }

    /** Whether the data may name this instrument so (key, serial or an identifier; exact). */
    public boolean knownAs(String identifier) {
        String id = identifier.strip();
        return key.equals(id) || (!serial.isEmpty() && serial.equals(id)) || identifiers.contains(id);
    }

    /** The channel of this parameter whose unit matches (ignoring spelling), else the first of the parameter. */
    public Optional<Site.Channel> channel(String parameter, String unit, Map<String, Site.Unit> units) {
        Site.Channel first = null;
        for (Site.Channel c : channels) {
            if (c.parameter().equals(parameter)) {
                Site.Unit u = units.get(c.unit());
                if (unit == null || Units.same(unit, c.unit()) || (u != null && Units.same(unit, u.symbol()))) {
                    return Optional.of(c);
                }
                first = first == null ? c : first;
            }
        }
        return Optional.ofNullable(first);
    }

    /** Whether the instrument measures this parameter in this unit (both must match). */
    public boolean measures(String parameter, String unit, Map<String, Site.Unit> units) {
        return channels.stream().anyMatch(c -> c.parameter().equals(parameter)
                && (unit == null || Units.same(unit, c.unit())
                || (units.get(c.unit()) != null && Units.same(unit, units.get(c.unit()).symbol()))));
    }
}
