package eu.emso.dmp.server.mqtt;

import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.PathException;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.QueryException;
import eu.emso.dmp.model.query.QueryParser;
import java.util.List;

/**
 * A SensorThings MQTT topic (OGC 18-088, 14.2): a version, a resource path addressing an entity
 * set, an entity, a navigation collection or a property, and optionally {@code $select}. For
 * example {@code v1.1/Datastreams(1)/Observations?$select=result,phenomenonTime}. Immutable.
 *
 * @param text    the topic as written
 * @param version the protocol version of its first level
 * @param path    the resource path below the version
 * @param select  the {@code $select} paths; empty for the whole representation
 */
public record StaTopic(String text, Version version, ResourcePath path, List<List<String>> select) {
    private static final String SELECT = "$select=";

    public StaTopic {
        select = select.stream().map(List::copyOf).toList();
    }

    /** Whether {@code topic} starts with a SensorThings version level and so is ours to interpret. */
    public static boolean isSta(String topic) {
        int slash = topic.indexOf('/');
        return slash > 0 && Version.ofPath(topic.substring(0, slash)) != null;
    }

    /**
     * Parses a topic.
     *
     * @throws InvalidTopicException naming what is wrong
     */
    public static StaTopic parse(String topic) {
        if (!isSta(topic)) {
            throw new InvalidTopicException("'" + topic + "' does not start with v1.0/ or v1.1/");
        }
        int slash = topic.indexOf('/');
        Version version = Version.ofPath(topic.substring(0, slash));
        String rest = topic.substring(slash + 1);
        int q = rest.indexOf('?');
        String pathText = q < 0 ? rest : rest.substring(0, q);
        List<List<String>> select = q < 0 ? List.of() : select(rest.substring(q + 1));
        try {
            ResourcePath path = ResourcePathParser.parse(pathText);
            if (path.ref() || path.value()) {
                throw new InvalidTopicException("topic '" + topic + "' may not use $ref or $value");
            }
            if (path.property() != null && !select.isEmpty()) {
                throw new InvalidTopicException("a property topic takes no $select: '" + topic + "'");
            }
            if (path.property() != null && !path.property().visibleIn(version)) {
                throw new InvalidTopicException("'" + path.property().name() + "' is not a property in " + version.path());
            }
            return new StaTopic(topic, version, path, select);
        } catch (PathException | QueryException e) {
            throw new InvalidTopicException("topic '" + topic + "': " + e.getMessage());
        }
    }

    private static List<List<String>> select(String query) {
        if (!query.startsWith(SELECT) || query.contains("&")) {
            throw new InvalidTopicException("only $select may follow '?' in a topic, found '" + query + "'");
        }
        try {
            return QueryParser.parseSelect(query.substring(SELECT.length()));
        } catch (QueryException e) {
            throw new InvalidTopicException(e.getMessage());
        }
    }

    /** Whether the topic addresses a collection (entity set or navigation collection). */
    public boolean isCollection() {
        return path.isCollection();
    }

    /** Whether the topic addresses one property of an entity. */
    public boolean isProperty() {
        return path.property() != null;
    }
}
