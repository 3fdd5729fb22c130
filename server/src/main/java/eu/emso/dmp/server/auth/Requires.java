package eu.emso.dmp.server.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a writing resource method (POST, PUT, PATCH, DELETE) needs beyond the default, which is
 * the writer role: {@link Need#ADMIN} for administrative endpoints, {@link Need#BY_OPERATION}
 * where the body decides whether the request writes (SOS POX, whose reads are POSTs too) and the
 * method checks with {@link WriteAccess#require} before it writes; {@link Need#OPEN} on a resource
 * class that anyone may read even when reads are closed (health, for probes).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Requires {
    Need value();

    /** What the method needs. */
    enum Need { ADMIN, BY_OPERATION, OPEN }
}
