package eu.emso.dmp.model.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entity as read: its id, the selected property values by JSON name, the keys of its to-one
 * links, and the related entities expanded into it. Values are {@link Long}, {@link String},
 * {@link RawJson}, {@link TimeValue} or null. Filled by the store while reading, then only read;
 * not thread-safe while being filled.
 */
public final class EntityRow {
    private final EntityType type;
    private final long id;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Long> keys = new LinkedHashMap<>();
    private final Map<String, Object> expanded = new LinkedHashMap<>();
    private List<List<String>> select = List.of();

    public EntityRow(EntityType type, long id) {
        this.type = type;
        this.id = id;
    }

    public EntityType type() {
        return type;
    }

    public long id() {
        return id;
    }

    /** Selected properties in model order, by JSON name. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Expanded navigation properties by name: an {@link EntityRow}, an {@link EntitySet} or null. */
    public Map<String, Object> expanded() {
        return Collections.unmodifiableMap(expanded);
    }

    /** The id of the entity a to-one navigation property leads to, or null. */
    public Long key(String navigation) {
        return keys.get(navigation);
    }

    /** The {@code $select} it was read with (empty: the whole representation, with links). */
    public List<List<String>> select() {
        return select;
    }

    public void select(List<List<String>> paths) {
        this.select = List.copyOf(paths);
    }

    public void put(String property, Object value) {
        values.put(property, value);
    }

    public void putKey(String navigation, Long id) {
        keys.put(navigation, id);
    }

    public void expand(String navigation, Object related) {
        expanded.put(navigation, related);
    }
}
