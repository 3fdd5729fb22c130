package eu.emso.dmp.server.ogcapi;

import eu.emso.dmp.model.store.EntityOperations;
import eu.emso.dmp.server.ogcapi.crs.CrsConformance;
import eu.emso.dmp.server.ogcapi.edr.EdrConformance;
import eu.emso.dmp.server.ogcapi.edr.EdrHandler;
import eu.emso.dmp.server.ogcapi.features.FeaturesConformance;
import eu.emso.dmp.server.ogcapi.features.FeaturesHandler;
import eu.emso.dmp.server.ogcapi.filter.FilterConformance;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Wires the building blocks of the OGC API face into its HTTP edge, in one place. */
public final class OgcApiFace {

    private OgcApiFace() {
    }

    /** The {@code /ogcapi} resource reading from {@code store}. */
    public static OgcApiResource resource(Supplier<? extends EntityOperations> store, OgcApiSettings settings,
                                          Optional<String> baseUrl) {
        FeaturesHandler features = new FeaturesHandler(store, settings.features());
        EdrHandler edr = new EdrHandler(store, settings.maxValues());
        LandingPage landing = new LandingPage(List.of(new FeaturesConformance(), new CrsConformance(),
                new FilterConformance(), new EdrConformance()));
        OpenApiDocument api = new OpenApiDocument(settings.features().defaultLimit(), settings.features().maxLimit(),
                settings.maxValues());
        return new OgcApiResource(landing, new Collections(List.of(features, edr)), features, edr, api, baseUrl);
    }
}
