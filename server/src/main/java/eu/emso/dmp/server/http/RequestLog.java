package eu.emso.dmp.server.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per request at INFO: method, path with query, status and duration. */
public final class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger("request");
    private static final String START = "dmp.start";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object start = request.getProperty(START);
        long ms = start instanceof Long s ? (System.nanoTime() - s) / 1_000_000 : -1;
        LOG.info("{} {} {} {} ms", request.getMethod(), request.getUriInfo().getRequestUri().getRawPath()
                + (request.getUriInfo().getRequestUri().getRawQuery() != null
                ? "?" + request.getUriInfo().getRequestUri().getRawQuery() : ""), response.getStatus(), ms);
    }
}
