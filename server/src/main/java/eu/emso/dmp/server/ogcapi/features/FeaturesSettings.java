package eu.emso.dmp.server.ogcapi.features;

/**
 * Limits of the Features items (announced in the OpenAPI definition as the default and maximum
 * of {@code limit}; a larger {@code limit} is lowered to the maximum, OGC 17-069r4
 * /req/core/fc-limit-response-1).
 *
 * @param defaultLimit features per page when {@code limit} is not given
 * @param maxLimit     the most features one page holds
 */
public record FeaturesSettings(int defaultLimit, int maxLimit) {

    public FeaturesSettings {
        if (defaultLimit < 1 || maxLimit < defaultLimit) {
            throw new IllegalArgumentException("need 1 <= defaultLimit <= maxLimit");
        }
    }

    public static FeaturesSettings defaults() {
        return new FeaturesSettings(100, 10_000);
    }
}
