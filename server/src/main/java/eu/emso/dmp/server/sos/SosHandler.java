package eu.emso.dmp.server.sos;

/** Answers one SOS operation. Implementations are thread-safe. */
@FunctionalInterface
public interface SosHandler {

    /**
     * Checks the request and returns the response to stream; throws {@link SosException} for
     * anything the client got wrong, before anything is written.
     */
    SosResponse handle(SosRequest request);
}
