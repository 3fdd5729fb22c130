package eu.emso.dmp.server.sos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one request, by name without regard to case (OGC 12-006 clause D.2: KVP
 * parameter names are case-insensitive), each with its values in order. KVP lists are split at
 * commas by the KVP decoder; the POX decoder fills the same names from the XML body, so handlers
 * read both bindings alike. Immutable.
 */
public final class Params {
    private final Map<String, List<String>> values;

    public Params(Map<String, List<String>> raw) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        raw.forEach((k, v) -> m.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
        m.replaceAll((k, v) -> List.copyOf(v));
        this.values = Map.copyOf(m);
    }

    /** Whether the parameter was given at all (perhaps empty). */
    public boolean has(String name) {
        return values.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Its non-blank values; empty when not given. */
    public List<String> list(String name) {
        return values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Its non-blank values as a filter: empty when not given, MissingParameterValue when given
     * without a value ({@code procedure=}), which ets-sos20 (05.06 to 05.14) expects rather than
     * no filter at all.
     */
    public List<String> filter(String name) {
        List<String> l = list(name);
        if (l.isEmpty() && has(name)) {
            throw SosException.missing(name);
        }
        return l;
    }

    /** Its single value, if given. */
    public Optional<String> optional(String name) {
        List<String> l = list(name);
        if (l.size() > 1) {
            throw SosException.invalid(name, "the parameter '" + name + "' takes one value, not " + l.size());
        }
        return l.stream().findFirst();
    }

    /** Its single value; MissingParameterValue when absent or empty. */
    public String required(String name) {
        return optional(name).orElseThrow(() -> SosException.missing(name));
    }

    /** Its values; MissingParameterValue when none. */
    public List<String> requiredList(String name) {
        List<String> l = list(name);
        if (l.isEmpty()) {
            throw SosException.missing(name);
        }
        return l;
    }
}
