package eu.emso.dmp.server;

/** Entry point of the {@code dmp} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("dmp: not yet");
    }
}
