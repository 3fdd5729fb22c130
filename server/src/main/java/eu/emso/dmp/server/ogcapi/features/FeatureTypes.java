package eu.emso.dmp.server.ogcapi.features;

import eu.emso.dmp.model.query.Expand;
import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.model.query.QueryOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The three fixed feature collections of the face: {@code things}, {@code features}, {@code datastreams}. */
public final class FeatureTypes {
    private static final List<FeatureType> ALL = List.of(
            new FeatureType("things", "Platforms",
                    "The observing platforms (SensorThings Things) at their current Location", "Things",
                    path("Locations", "location"), path("Datastreams", "phenomenonTime"),
                    Map.of("name", path("name"), "description", path("description")),
                    List.of(new Expand(List.of("Locations"), new QueryOptions(Optional.empty(), List.of(),
                            OptionalInt.of(1), OptionalLong.empty(), false, List.of(), List.of(),
                            Optional.empty(), Optional.empty())))),
            new FeatureType("features", "Sampling features",
                    "The sampling features (SensorThings FeaturesOfInterest) the observations were made at",
                    "FeaturesOfInterest", path("feature"), null,
                    Map.of("name", path("name"), "description", path("description"),
                            "encodingType", path("encodingType")), List.of()),
            new FeatureType("datastreams", "Datastreams",
                    "The time series (SensorThings Datastreams), each at the area its observations cover",
                    "Datastreams", path("observedArea"), path("phenomenonTime"),
                    Map.of("name", path("name"), "description", path("description"),
                            "observationType", path("observationType")), List.of()));

    private FeatureTypes() {
    }

    /** All collections in the order they are listed. */
    public static List<FeatureType> all() {
        return ALL;
    }

    /** The collection {@code id}, if it is one of them. */
    public static Optional<FeatureType> byId(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static Expr.Path path(String... segments) {
        return new Expr.Path(List.of(segments));
    }
}
