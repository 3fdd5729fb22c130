package eu.emso.dmp.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --name value} pairs of a benchmark command line. Stateless. */
final class CommandOptions {
    private CommandOptions() {
    }

    /**
     * The pairs of {@code args} by name, in order; IllegalArgumentException with {@code usage}
     * for a name not in {@code known} or one without a value.
     */
    static Map<String, String> parse(List<String> args, List<String> known, String usage) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String a = args.get(i);
            if (!known.contains(a) || i + 1 >= args.size()) {
                throw new IllegalArgumentException("usage: " + usage + "; not understood: " + a);
            }
            o.put(a, args.get(i + 1));
        }
        return o;
    }
}
