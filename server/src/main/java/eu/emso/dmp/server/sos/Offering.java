package eu.emso.dmp.server.sos;

import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.entity.TimeValue;
import java.util.List;

/**
 * An SOS observation offering: one procedure (a Sensor) and the Datastreams it feeds
 * (OGC 12-006 clause 8.1.2.2: an offering has exactly one procedure). Immutable.
 *
 * @param identifier the offering identifier
 * @param procedure  the procedure identifier
 * @param sensorId   the Sensor's id
 * @param sensor     the Sensor's name, description and properties
 * @param series     its Datastreams
 * @param complex    its MultiDatastreams
 */
public record Offering(String identifier, String procedure, long sensorId, Described sensor, List<Series> series,
                       List<Complex> complex) {
    public Offering {
        series = List.copyOf(series);
        complex = List.copyOf(complex);
    }

    /** Name, description and properties of an entity. */
    public record Described(String name, String description, JsonNode properties) {
    }

    /**
     * One Datastream of an offering.
     *
     * @param datastreamId       its id
     * @param observableProperty the observable property identifier
     * @param propertyName       the ObservedProperty's name (e.g. {@code TEMP})
     * @param uom                the unit symbol, or ""
     * @param observationType    the O&amp;M observation type URI
     * @param phenomenonTime     its phenomenon time range, or null when it has no observations
     * @param observedArea       its observed area as GeoJSON, or a missing node
     * @param location           its Thing's first Location as GeoJSON, or a missing node
     */
    public record Series(long datastreamId, String observableProperty, String propertyName, String uom,
                         String observationType, TimeValue phenomenonTime, JsonNode observedArea, JsonNode location) {
    }

    /**
     * One MultiDatastream of an offering, observed as {@code OM_ComplexObservation}: its observable
     * property is a composite phenomenon (OGC 10-025r1 clause 8.2.3), identified by
     * {@code properties.sos_observable_property}, else the MultiDatastream's name; its results are
     * records with one field per component.
     *
     * @param multiDatastreamId  its id
     * @param observableProperty the composite phenomenon's identifier
     * @param phenomenonTime     its phenomenon time range, or null when it has no observations
     * @param components         one per position of the result arrays, in order
     */
    public record Complex(long multiDatastreamId, String observableProperty, TimeValue phenomenonTime,
                          List<Component> components) {
        public Complex {
            components = List.copyOf(components);
        }
    }

    /**
     * One field of a complex result.
     *
     * @param name       the ObservedProperty's name, the field name
     * @param definition the observable property identifier (P01 URI), the field definition
     * @param uom        the unit symbol, or ""
     */
    public record Component(String name, String definition, String uom) {
    }
}
