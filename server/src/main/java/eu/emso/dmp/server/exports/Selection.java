package eu.emso.dmp.server.exports;

import java.util.List;

/**
 * What an export holds: the platforms and the series, in column order. Immutable.
 *
 * @param stations  the Things of the series, in order of first appearance
 * @param variables the series
 */
public record Selection(List<Station> stations, List<Variable> variables) {
    public Selection {
        stations = List.copyOf(stations);
        variables = List.copyOf(variables);
    }

    /** The station of {@code v}. */
    public Station stationOf(Variable v) {
        return stations.stream().filter(s -> s.id() == v.thing()).findFirst().orElseThrow();
    }
}
