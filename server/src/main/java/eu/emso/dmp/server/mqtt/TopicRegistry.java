package eu.emso.dmp.server.mqtt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topic filters the embedded broker's clients subscribe to, per client. A SensorThings topic
 * that does not parse is refused at subscription time. Thread-safe.
 */
final class TopicRegistry implements Subscriptions {
    private final Map<String, Set<String>> byClient = new ConcurrentHashMap<>();
    private final Map<String, StaTopic> parsed = new ConcurrentHashMap<>();

    /**
     * Records a subscription; returns false (and records nothing) for a topic under
     * {@code v1.0/} or {@code v1.1/} that is not a valid SensorThings topic.
     */
    boolean subscribe(String clientId, String filter) {
        if (StaTopic.isSta(filter) && !TopicFilters.hasWildcard(filter)) {
            try {
                parsed.computeIfAbsent(filter, StaTopic::parse);
            } catch (InvalidTopicException e) {
                return false;
            }
        }
        byClient.computeIfAbsent(clientId, c -> ConcurrentHashMap.newKeySet()).add(filter);
        return true;
    }

    void unsubscribe(String clientId, String filter) {
        Set<String> filters = byClient.get(clientId);
        if (filters != null) {
            filters.remove(filter);
        }
        prune();
    }

    /** Forgets a client whose session ended. */
    void forget(String clientId) {
        byClient.remove(clientId);
        prune();
    }

    /** Drops parsed topics nobody subscribes to any more; {@link #specific()} parses again if needed. */
    private void prune() {
        parsed.keySet().retainAll(Set.copyOf(filters()));
    }

    private List<String> filters() {
        List<String> all = new ArrayList<>();
        for (Set<String> s : byClient.values()) {
            all.addAll(s);
        }
        return all;
    }

    @Override
    public boolean idle() {
        for (Set<String> s : byClient.values()) {
            if (!s.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean wants(String topic) {
        for (String f : filters()) {
            if (f.equals(topic) || TopicFilters.hasWildcard(f) && TopicFilters.matches(f, topic)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Collection<StaTopic> specific() {
        List<StaTopic> out = new ArrayList<>();
        for (String f : Set.copyOf(filters())) {
            if (StaTopic.isSta(f) && !TopicFilters.hasWildcard(f)) {
                try {
                    out.add(parsed.computeIfAbsent(f, StaTopic::parse));
                } catch (InvalidTopicException refusedAtSubscription) {
                    // not recorded by subscribe(); cannot occur
                }
            }
        }
        return out;
    }
}
