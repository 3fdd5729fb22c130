package eu.emso.dmp.model.store;

import eu.emso.dmp.model.entity.EntityType;

/** Small helpers for readable error messages. */
final class Words {
    private Words() {
    }

    /** "a" or "an", to go before the type's singular name. */
    static String article(EntityType type) {
        return "AEIOU".indexOf(type.singular().charAt(0)) >= 0 ? "an" : "a";
    }
}
