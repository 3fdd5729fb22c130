package eu.emso.dmp.server.health;

/**
 * The outcome of one health check: whether the part it watches can serve, and a short reason
 * an operator can act on when it cannot.
 *
 * @param up     whether the part works
 * @param detail what is wrong (or {@code "ok"})
 */
public record Check(boolean up, String detail) {

    /** A part that works. */
    public static Check ok() {
        return new Check(true, "ok");
    }

    /** A part that does not work, with the reason. */
    public static Check down(String detail) {
        return new Check(false, detail);
    }
}
