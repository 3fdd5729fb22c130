package eu.emso.dmp.server.ogcapi.edr;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.TimeValue;
import eu.emso.dmp.model.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A platform (Thing) as EDR sees it: its position and its series (Datastreams). Immutable.
 *
 * @param id     the Thing id
 * @param name   the Thing name
 * @param lon    longitude of its Location (CRS84), NaN when it has none
 * @param lat    latitude, NaN when it has none
 * @param series its Datastreams with their parameter
 */
public record Platform(long id, String name, double lon, double lat, List<Series> series) {

    public Platform {
        series = List.copyOf(series);
    }

    /**
     * One Datastream and the parameter it observes.
     *
     * @param id         the Datastream id
     * @param parameter  the ObservedProperty name, e.g. {@code TEMP}
     * @param definition the ObservedProperty definition (vocabulary URI)
     * @param label      the ObservedProperty description
     * @param unit       the unit of measurement JSON ({@code name, symbol, definition})
     * @param time       the phenomenon time range, or null when it holds no observations
     * @param depth      its depth in metres, positive down: the Datastream's {@code properties.depth}, else
     *                   the Thing's; NaN when neither has one
     */
    public record Series(long id, String parameter, String definition, String label, RawJson unit, TimeValue time,
                         double depth) {
        /** Whether the series has a depth, so that its coverage has a vertical axis. */
        public boolean hasDepth() {
            return !Double.isNaN(depth);
        }
    }

    /** The platform of a Thing read with {@code Locations} and {@code Datastreams/ObservedProperty} expanded. */
    static Platform of(EntityRow thing) {
        double lon = Double.NaN;
        double lat = Double.NaN;
        if (thing.expanded().get("Locations") instanceof EntitySet locs && !locs.rows().isEmpty()
                && locs.rows().get(0).values().get("location") instanceof RawJson g) {
            try {
                var n = Json.mapper().readTree(g.text());
                var c = n.has("geometry") ? n.get("geometry").path("coordinates") : n.path("coordinates");
                if (c.size() >= 2 && c.get(0).isNumber()) {
                    lon = c.get(0).asDouble();
                    lat = c.get(1).asDouble();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Series> series = new ArrayList<>();
        double thingDepth = depth(thing, Double.NaN);
        if (thing.expanded().get("Datastreams") instanceof EntitySet ds) {
            for (EntityRow d : ds.rows()) {
                if (d.expanded().get("ObservedProperty") instanceof EntityRow op) {
                    series.add(new Series(d.id(), (String) op.values().get("name"), (String) op.values().get("definition"),
                            (String) op.values().get("description"), (RawJson) d.values().get("unitOfMeasurement"),
                            (TimeValue) d.values().get("phenomenonTime"), depth(d, thingDepth)));
                }
            }
        }
        return new Platform(thing.id(), (String) thing.values().get("name"), lon, lat, series);
    }

    /** {@code properties.depth} of an entity when it is a number, else {@code otherwise}. */
    private static double depth(EntityRow e, double otherwise) {
        if (e.values().get("properties") instanceof RawJson p) {
            try {
                var d = Json.mapper().readTree(p.text()).path("depth");
                if (d.isNumber()) {
                    return d.asDouble();
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return otherwise;
    }
}
