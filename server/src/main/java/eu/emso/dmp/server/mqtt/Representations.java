package eu.emso.dmp.server.mqtt;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Property;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.EntityEncoder;
import eu.emso.dmp.model.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The JSON payloads of notifications, equal to what a GET would return: the entity with its
 * self and navigation links for entity and collection topics, only the selected properties for
 * {@code $select} topics, {@code {"<property>": value}} for property topics (OGC 18-088, 14.2).
 * Thread-safe.
 */
final class Representations {
    private final Supplier<String> serviceRoot;

    /** @param serviceRoot the server's base URL, without version, e.g. {@code http://localhost:8080} */
    Representations(Supplier<String> serviceRoot) {
        this.serviceRoot = serviceRoot;
    }

    /** The entity as {@code version} represents it, restricted to {@code select} when not empty. */
    byte[] entity(EntityRow row, Version version, List<List<String>> select) {
        EntityRow view = new EntityRow(row.type(), row.id());
        view.select(select);
        for (Property p : row.type().properties()) {
            if (p.visibleIn(version) && row.values().containsKey(p.name()) && selected(select, p.name())) {
                view.put(p.name(), row.values().get(p.name()));
            }
        }
        EntityEncoder enc = new EntityEncoder(serviceRoot.get() + "/" + version.path());
        return write(g -> enc.entity(g, view));
    }

    /**
     * What a deleted entity's subscribers receive: its id and self link, marked removed as an
     * OData delta marks a deleted entity: {@code {"@iot.id":7,"@iot.selfLink":"...",
     * "@removed":{"reason":"deleted"}}}.
     */
    byte[] deleted(EntityType type, long id, Version version) {
        String self = serviceRoot.get() + "/" + version.path() + "/" + type.setName() + "(" + id + ")";
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("@iot.id", id);
            g.writeStringField("@iot.selfLink", self);
            g.writeObjectFieldStart("@removed");
            g.writeStringField("reason", "deleted");
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** {@code {"<property>": value}}. */
    byte[] property(EntityRow row, Property p) {
        Object value = p.name().equals("id") ? row.id() : row.values().get(p.name());
        return write(g -> {
            g.writeStartObject();
            g.writeFieldName(p.name());
            EntityEncoder.value(g, value);
            g.writeEndObject();
        });
    }

    private static boolean selected(List<List<String>> select, String name) {
        if (select.isEmpty()) {
            return true;
        }
        for (List<String> path : select) {
            if (path.get(0).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = Json.factory().createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
