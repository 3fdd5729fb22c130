package eu.emso.dmp.server.auth;

import jakarta.ws.rs.container.ContainerRequestContext;

/** The check a {@link Requires.Need#BY_OPERATION} method makes once it knows that the request writes. */
public final class WriteAccess {
    private WriteAccess() {
    }

    /**
     * Returns when the request's caller may write; otherwise throws the {@link AuthException} to
     * answer. Writers restricted to Things are refused: such a request names no Thing to check.
     */
    public static void require(ContainerRequestContext request) {
        if (request.getSecurityContext() instanceof CallerContext c) {
            c.policy().checkWrite(c.caller(), Role.WRITER);
            if (c.policy().scoped(c.caller())) {
                throw AuthException.forbidden(c.caller() + " may write only to the Things " + c.caller().things()
                        + ", through SensorThings (their Datastreams and Observations)");
            }
        }
    }
}
