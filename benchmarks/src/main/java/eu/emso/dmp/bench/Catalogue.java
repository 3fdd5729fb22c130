package eu.emso.dmp.bench;

import java.util.List;

/**
 * The ids one server gave the generated entities: per Thing its id, its FeatureOfInterest and
 * its Datastreams (in the order of {@link DataSet#streams()}). Immutable.
 *
 * @param datastreams the Datastream id of each stream of the plan
 * @param features    the FeatureOfInterest id of each Thing
 * @param postTarget  a Datastream kept apart for the write scenarios
 */
public record Catalogue(List<Long> things, List<Long> features, List<Long> datastreams, long postTarget) {
    public Catalogue {
        things = List.copyOf(things);
        features = List.copyOf(features);
        datastreams = List.copyOf(datastreams);
    }
}
