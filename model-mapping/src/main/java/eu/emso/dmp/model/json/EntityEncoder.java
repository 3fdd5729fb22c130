package eu.emso.dmp.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.Navigation;
import eu.emso.dmp.model.entity.RawJson;
import eu.emso.dmp.model.entity.TimeValue;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes entities and collections as SensorThings JSON. Self links are the service root (for
 * example {@code http://host/v1.1}) followed by the entity's path, so they equal what clients
 * and the OGC test suite expect character by character. Immutable; thread-safe.
 *
 * @param serviceRoot the version root URL, without a trailing slash
 */
public record EntityEncoder(String serviceRoot) {

    /** The self link of an entity. */
    public String selfLink(EntityRow row) {
        return serviceRoot + "/" + row.type().setName() + "(" + row.id() + ")";
    }

    /** Writes one entity, with the properties it was read with ({@link EntityRow#select()}). */
    public void entity(JsonGenerator g, EntityRow row) throws IOException {
        List<List<String>> select = row.select();
        boolean all = select.isEmpty();
        g.writeStartObject();
        String self = selfLink(row);
        if (all || selected(select, "id")) {
            g.writeNumberField("@iot.id", row.id());
        }
        if (all) {
            g.writeStringField("@iot.selfLink", self);
        }
        for (Map.Entry<String, Object> e : row.values().entrySet()) {
            if (!"id".equals(e.getKey())) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue());
            }
        }
        for (Navigation n : row.type().navigations()) {
            boolean expanded = row.expanded().containsKey(n.name());
            if (!expanded && (all || selected(select, n.name()))) {
                g.writeStringField(n.name() + "@iot.navigationLink", self + "/" + n.name());
            }
        }
        for (Map.Entry<String, Object> e : row.expanded().entrySet()) {
            expanded(g, e.getKey(), e.getValue(), self);
        }
        g.writeEndObject();
    }

    private void expanded(JsonGenerator g, String name, Object related, String self) throws IOException {
        if (related instanceof EntitySet set) {
            if (set.count() != null) {
                g.writeNumberField(name + "@iot.count", set.count());
            }
            g.writeArrayFieldStart(name);
            for (EntityRow r : set.rows()) {
                entity(g, r);
            }
            g.writeEndArray();
            if (set.more()) {
                String options = set.options() == null ? "" : UrlText.of(set.options());
                g.writeStringField(name + "@iot.nextLink", self + "/" + name + "?" + options
                        + (options.isEmpty() ? "" : "&") + "$top=" + set.top() + "&$skip=" + (set.skip() + set.top()));
            }
        } else if (related instanceof EntityRow r) {
            g.writeFieldName(name);
            entity(g, r);
        } else {
            g.writeNullField(name);
        }
    }

    /** Writes a collection page; {@code nextLink} may be null. */
    public void set(JsonGenerator g, EntitySet set, String nextLink) throws IOException {
        collection(g, set, nextLink, false);
    }

    /** Writes a collection of references: objects holding only {@code @iot.selfLink}. */
    public void refs(JsonGenerator g, EntitySet set, String nextLink) throws IOException {
        collection(g, set, nextLink, true);
    }

    private void collection(JsonGenerator g, EntitySet set, String nextLink, boolean refs) throws IOException {
        g.writeStartObject();
        if (set.count() != null) {
            g.writeNumberField("@iot.count", set.count());
        }
        if (nextLink != null) {
            g.writeStringField("@iot.nextLink", nextLink);
        }
        g.writeArrayFieldStart("value");
        for (EntityRow r : set.rows()) {
            if (refs) {
                ref(g, r);
            } else {
                entity(g, r);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes a reference to one entity. */
    public void ref(JsonGenerator g, EntityRow row) throws IOException {
        g.writeStartObject();
        g.writeStringField("@iot.selfLink", selfLink(row));
        g.writeEndObject();
    }

    /** Writes a property value. */
    public static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof RawJson j) {
            g.writeRawValue(j.text());
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else {
            g.writeString(v instanceof TimeValue t ? t.toString() : v.toString());
        }
    }

    private static boolean selected(List<List<String>> select, String name) {
        for (List<String> p : select) {
            if (p.get(0).equals(name) || ("id".equals(name) && "@iot.id".equals(p.get(0)))) {
                return true;
            }
        }
        return false;
    }
}
