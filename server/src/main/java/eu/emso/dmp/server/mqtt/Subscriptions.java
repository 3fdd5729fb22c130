package eu.emso.dmp.server.mqtt;

import java.util.Collection;
import java.util.List;

/**
 * What the broker's clients listen to, as far as the server can know: which topics are worth
 * publishing. Implementations are thread-safe.
 */
interface Subscriptions {

    /** Whether nobody listens to anything (the server can skip reading changed entities). */
    boolean idle();

    /** Whether someone may listen to {@code topic}. */
    boolean wants(String topic);

    /**
     * Subscribed SensorThings topics that cannot be derived from a changed entity alone
     * ({@code $select}, properties, deeper or many-to-many paths); each is checked against it.
     */
    Collection<StaTopic> specific();

    /** An external broker does not tell who listens: every derivable topic is published. */
    static Subscriptions everything() {
        return new Subscriptions() {
            @Override
            public boolean idle() {
                return false;
            }

            @Override
            public boolean wants(String topic) {
                return true;
            }

            @Override
            public Collection<StaTopic> specific() {
                return List.of();
            }
        };
    }
}
