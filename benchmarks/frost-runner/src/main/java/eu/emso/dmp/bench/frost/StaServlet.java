package eu.emso.dmp.bench.frost;

import de.fraunhofer.iosb.ilt.frostserver.path.Version;
import de.fraunhofer.iosb.ilt.frostserver.service.RequestTypeUtils;
import de.fraunhofer.iosb.ilt.frostserver.service.Service;
import de.fraunhofer.iosb.ilt.frostserver.service.ServiceRequest;
import de.fraunhofer.iosb.ilt.frostserver.service.ServiceRequestBuilder;
import de.fraunhofer.iosb.ilt.frostserver.settings.CoreSettings;
import de.fraunhofer.iosb.ilt.frostserver.util.HttpMethod;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The SensorThings HTTP binding of FROST's core: {@code /v1.0/...} and {@code /v1.1/...} are
 * decoded into a FROST {@link ServiceRequest}, run by a per-request {@link Service}, and its
 * response is written back. Covers what the benchmarks use: GET, POST (entities and
 * {@code CreateObservations}), PATCH, PUT, DELETE. Thread-safe (holds only the settings).
 */
final class StaServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient CoreSettings settings;

    StaServlet(CoreSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        int slash = path.indexOf('/', 1);
        String versionPart = slash < 0 ? path.substring(Math.min(1, path.length())) : path.substring(1, slash);
        Version version = settings.getPluginManager().getVersion(versionPart);
        if (version == null) {
            response.sendError(404, "unknown version " + versionPart);
            return;
        }
        String rest = slash < 0 ? "" : rawRest(request, versionPart);
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Service service = new Service(settings)) {
            String type = requestType(service, request, version, rest);
            String query = request.getQueryString();
            ServiceRequest sr = new ServiceRequestBuilder(settings, version)
                    .withRequestType(type)
                    .withUrlPath(rest)
                    .withUrlQuery(query == null ? null : URLDecoder.decode(query, StandardCharsets.UTF_8))
                    .withContent(request.getReader().lines().collect(Collectors.joining("\n")))
                    .withContentType(request.getContentType())
                    .withParameterMap(request.getParameterMap() == null ? null
                            : request.getParameterMap().entrySet().stream().collect(Collectors.toMap(
                                    e -> e.getKey(), e -> java.util.List.of(e.getValue()))))
                    .build();
            service.execute(sr, new HttpServiceResponse(response));
        } catch (RuntimeException e) {
            response.sendError(500, String.valueOf(e.getMessage()));
        }
    }

    private static String requestType(Service service, HttpServletRequest request, Version version, String rest) {
        if (rest.isEmpty() || "/".equals(rest)) {
            return RequestTypeUtils.GET_CAPABILITIES;
        }
        return service.getRequestType(HttpMethod.fromString(request.getMethod()), version, rest,
                request.getContentType());
    }

    /** The path after the version, still percent-decoded once (ids may contain slashes). */
    private static String rawRest(HttpServletRequest request, String versionPart) {
        String uri = request.getRequestURI();
        String prefix = request.getContextPath() + request.getServletPath() + "/" + versionPart;
        String raw = uri.startsWith(prefix) ? uri.substring(prefix.length()) : request.getPathInfo();
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
