package eu.emso.dmp.server.limits;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random damage to well-formed text: characters inserted, deleted, replaced and spans repeated. */
final class Mutations {
    private static final String NOISE = "()[]{}'\",/;:$@-+.*=!?\\ \t\n\u0000\u00e9\u20ac\ud83c\udf0aeqandornotgtle0123456789eE";

    private Mutations() {
    }

    /** One edit at a relative position. */
    record Edit(int kind, double at, char c, int span) {
        String apply(String s) {
            int i = (int) (at * s.length());
            int j = Math.min(s.length(), i + span);
            return switch (kind) {
                case 0 -> s.substring(0, i) + c + s.substring(i);
                case 1 -> s.substring(0, i) + s.substring(j);
                case 2 -> s.substring(0, i) + c + s.substring(j);
                case 3 -> s.substring(0, j) + s.substring(i, j) + s.substring(j);
                default -> s.substring(0, i);
            };
        }
    }

    /** {@code seeds}, each with up to five random edits, or noise alone. */
    static Arbitrary<String> of(List<String> seeds) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                Arbitraries.oneOf(Arbitraries.of(NOISE.toCharArray()), Arbitraries.chars()), Arbitraries.integers().between(1, 12))
                .as(Edit::new);
        Arbitrary<String> damaged = Combinators.combine(Arbitraries.of(seeds), edit.list().ofMinSize(1).ofMaxSize(5))
                .as((seed, edits) -> {
                    String s = seed;
                    for (Edit e : edits) {
                        s = e.apply(s);
                    }
                    return s;
                });
        Arbitrary<String> noise = Arbitraries.strings().withChars(NOISE.toCharArray()).ofMaxLength(80);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, damaged), net.jqwik.api.Tuple.of(1, noise),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
    }
}
