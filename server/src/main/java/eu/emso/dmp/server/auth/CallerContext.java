package eu.emso.dmp.server.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The JAX-RS security context of a request: its {@link Caller} and the policy that applies. */
record CallerContext(Caller caller, AccessPolicy policy, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return caller.name().<Principal>map(n -> () -> n).orElse(null);
    }

    @Override
    public boolean isUserInRole(String role) {
        return Role.named(role).map(caller::has).orElse(false);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return caller.anonymous() ? null : "DMP";
    }
}
