package eu.emso.dmp.server.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Set;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Checks every request after it is matched to a resource method and before that method runs, so
 * that a refused request writes nothing: who sent it ({@link Authenticator}), then reads against
 * {@code auth.reads}, and every POST, PUT, PATCH and DELETE against {@code auth.writes} and the
 * role the method {@link Requires} (writer by default), then the Things of a restricted writer
 * ({@link ThingScope}). Thread-safe.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AccessFilter implements ContainerRequestFilter {
    /** The HTTP methods that write. */
    public static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private final Authenticator authenticator;
    private final AccessPolicy policy;
    private final ThingScope scope;

    public AccessFilter(Authenticator authenticator, AccessPolicy policy, ThingScope scope) {
        this.authenticator = authenticator;
        this.policy = policy;
        this.scope = scope;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Requires needs = requirement(request);
        if (needs != null && needs.value() == Requires.Need.OPEN && !WRITES.contains(request.getMethod())) {
            return;
        }
        Caller caller = authenticator.caller(request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getHeaderString("X-API-Key"));
        request.setSecurityContext(new CallerContext(caller, policy, request.getSecurityContext().isSecure()));
        if (!WRITES.contains(request.getMethod()) || needs != null && needs.value() == Requires.Need.BY_OPERATION) {
            policy.checkRead(caller);
            return;
        }
        policy.checkWrite(caller, needs != null && needs.value() == Requires.Need.ADMIN ? Role.ADMIN : Role.WRITER);
        if (policy.scoped(caller)) {
            scope.check(request, caller);
        }
    }

    private static Requires requirement(ContainerRequestContext request) {
        if (request.getUriInfo() instanceof ExtendedUriInfo info) {
            ResourceMethod m = info.getMatchedResourceMethod();
            Method java = m == null ? null : m.getInvocable().getHandlingMethod();
            if (java == null) {
                return null;
            }
            Requires r = java.getAnnotation(Requires.class);
            return r != null ? r : java.getDeclaringClass().getAnnotation(Requires.class);
        }
        return null;
    }
}
