package eu.emso.dmp.server.mqtt;

import eu.emso.dmp.model.entity.EntityRow;
import eu.emso.dmp.model.entity.Navigation;
import eu.emso.dmp.model.entity.Property;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.store.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which topics a committed change is published on (OGC 18-088, 14.2.1), and with which
 * payload. A created entity goes to its entity set ({@code v1.1/Observations}), to itself
 * ({@code v1.1/Observations(7)}) and to the navigation collections its to-one links place it in
 * ({@code v1.1/Datastreams(1)/Observations}, {@code v1.1/FeaturesOfInterest(3)/Observations});
 * an updated entity goes to itself and to its property topics. Subscribed topics that cannot be
 * derived this way ({@code $select}, deeper paths) are checked one by one by {@link TopicMembership}.
 * Both versions are served. Thread-safe.
 */
final class Fanout {
    private final Representations representations;
    private final TopicMembership membership;

    Fanout(Representations representations, TopicMembership membership) {
        this.representations = representations;
        this.membership = membership;
    }

    /** The notifications for {@code row} after a change of kind {@code kind}. */
    List<Notification> notifications(EntityRow row, Change.Kind kind, Subscriptions subs) {
        Map<String, Notification> out = new LinkedHashMap<>();
        for (Version v : Version.values()) {
            Map<String, byte[]> cache = new LinkedHashMap<>();
            for (String topic : derived(row, kind, v)) {
                if (subs.wants(topic)) {
                    out.put(topic, new Notification(topic, payload(row, v, topic, cache)));
                }
            }
        }
        for (StaTopic t : subs.specific()) {
            if (!out.containsKey(t.text()) && membership.matches(t, row, kind)) {
                byte[] payload = t.isProperty() ? representations.property(row, t.path().property())
                        : representations.entity(row, t.version(), t.select());
                out.put(t.text(), new Notification(t.text(), payload));
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The notifications of a deletion: on the entity's own topic, its entity set's, and the
     * collections it belonged to through its to-one links (an Observation's
     * {@code Datastreams(5)/Observations}), as recorded when it was deleted.
     */
    List<Notification> deleted(Change change, Subscriptions subs) {
        List<Notification> out = new ArrayList<>();
        for (Version v : Version.values()) {
            byte[] payload = null;
            for (String topic : deletedTopics(change, v)) {
                if (subs.wants(topic)) {
                    payload = payload != null ? payload : representations.deleted(change.type(), change.id(), v);
                    out.add(new Notification(topic, payload));
                }
            }
        }
        return out;
    }

    static List<String> deletedTopics(Change change, Version v) {
        List<String> topics = new ArrayList<>();
        String set = v.path() + "/" + change.type().setName();
        topics.add(set);
        topics.add(set + "(" + change.id() + ")");
        for (Navigation n : change.type().navigations()) {
            Long key = n.toMany() ? null : change.keys().get(n.name());
            Navigation back = key == null ? null : n.inverse();
            if (back != null && back.toMany()) {
                topics.add(v.path() + "/" + n.target().setName() + "(" + key + ")/" + back.name());
            }
        }
        return topics;
    }

    private byte[] payload(EntityRow row, Version v, String topic, Map<String, byte[]> cache) {
        String prefix = v.path() + "/" + row.type().setName() + "(" + row.id() + ")/";
        if (topic.startsWith(prefix)) {
            Property p = row.type().property(topic.substring(prefix.length()));
            return representations.property(row, p);
        }
        return cache.computeIfAbsent("entity", k -> representations.entity(row, v, List.of()));
    }

    /** Topics derived from the entity alone. */
    static List<String> derived(EntityRow row, Change.Kind kind, Version v) {
        List<String> topics = new ArrayList<>();
        String set = v.path() + "/" + row.type().setName();
        String self = set + "(" + row.id() + ")";
        if (kind == Change.Kind.CREATED) {
            topics.add(set);
            topics.add(self);
            for (Navigation n : row.type().navigations()) {
                Navigation back = n.toMany() ? null : n.inverse();
                Long key = n.toMany() ? null : row.key(n.name());
                if (back != null && back.toMany() && key != null) {
                    topics.add(v.path() + "/" + n.target().setName() + "(" + key + ")/" + back.name());
                }
            }
        } else if (kind == Change.Kind.UPDATED) {
            topics.add(self);
            for (Property p : row.type().properties()) {
                if (p.visibleIn(v) && !p.name().equals("id")) {
                    topics.add(self + "/" + p.name());
                }
            }
        }
        return topics;
    }
}
