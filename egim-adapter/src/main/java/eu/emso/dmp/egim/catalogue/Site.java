package eu.emso.dmp.egim.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One site of the catalogue: its platform (an EGIM node or other platform), location, units,
 * parameters and instruments, as a site file declares them. Immutable.
 *
 * @param id          the site identifier used on the command line ({@code obsea}); lower case
 * @param codes       other names data files use for this platform ({@code OBSEA}); copied
 * @param platform    the Thing
 * @param location    where the platform stands; also the sampling point
 * @param units       unit key to unit; copied
 * @param parameters  OceanSITES code to parameter; copied
 * @param instruments the instruments in catalogue order; copied
 */
public record Site(String id, List<String> codes, Platform platform, Position location, Map<String, Unit> units,
                   Map<String, Parameter> parameters, List<Instrument> instruments) {

    /** Copies the collections. */
    public Site {
        Objects.requireNonNull(id, "id");
        codes = List.copyOf(codes);
        units = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(units));
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        instruments = List.copyOf(instruments);
    }

    /** Whether the site is known by this name (its id or one of its codes, ignoring case). */
    public boolean knownAs(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return id.equals(n) || codes.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).equals(n));
    }

    /** The instrument with this identifier (key, serial or one of its identifiers), if any. */
    public Optional<Instrument> instrumentById(String identifier) {
        return instruments.stream().filter(i -> i.knownAs(identifier)).findFirst();
    }

    /** The Thing of a site. */
    public record Platform(String name, String description, Map<String, Object> properties) {
        /** Copies the properties. */
        public Platform {
            properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    /** A point: latitude and longitude in WGS 84 degrees, depth in metres (positive down), if known. */
    public record Position(String name, String description, double latitude, double longitude, Double depth) {
    }

    /** A unit of measurement; {@code definition} is its P06 URI, empty when it has none. */
    public record Unit(String name, String symbol, String definition) {
    }

    /**
     * A parameter.
     *
     * @param code         OceanSITES code ({@code TEMP})
     * @param name         a human name
     * @param definition   its P01 URI, empty when it has none
     * @param standardName its CF standard name, empty when it has none
     */
    public record Parameter(String code, String name, String definition, String standardName) {
    }

    /** What an instrument measures: a parameter in a unit (a key of {@link Site#units()}). */
    public record Channel(String parameter, String unit) {
    }
}
