package eu.emso.dmp.server.auth;

import eu.emso.dmp.server.http.ErrorMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A request refused before it did anything: 401 (no or bad credentials, with
 * {@code WWW-Authenticate} naming the schemes) or 403 (credentials fine, rights missing), with
 * the JSON error body of every face. Carries its response, so no exception mapper changes it.
 */
public final class AuthException extends WebApplicationException {
    private static final long serialVersionUID = 1L;
    /** The schemes offered in {@code WWW-Authenticate}. */
    static final String REALM = "realm=\"EMSO DMP\"";

    private AuthException(String message, Response response) {
        super(message, response);
    }

    /** 401: sign in first. */
    public static AuthException unauthorized(String message) {
        Response base = ErrorMapper.error(401, message);
        return new AuthException(message, Response.fromResponse(base)
                .header("WWW-Authenticate", "Basic " + REALM + ", charset=\"UTF-8\"")
                .header("WWW-Authenticate", "Bearer " + REALM).build());
    }

    /** 403: the caller may not do this. */
    public static AuthException forbidden(String message) {
        return new AuthException(message, ErrorMapper.error(403, message));
    }
}
