package eu.emso.dmp.model.store;

/**
 * Settings of the entity store.
 *
 * @param defaultTop page size when a request has no {@code $top} (also for expanded collections)
 * @param maxTop     the largest page a request may ask for; larger {@code $top} values are lowered
 */
public record StoreSettings(int defaultTop, int maxTop) {

    public static StoreSettings defaults() {
        return new StoreSettings(100, 10_000);
    }
}
