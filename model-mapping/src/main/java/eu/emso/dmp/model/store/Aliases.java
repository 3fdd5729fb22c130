package eu.emso.dmp.model.store;

/** Hands out distinct table aliases within one statement. Not thread-safe. */
final class Aliases {
    private int next;

    String next() {
        return "t" + next++;
    }
}
