package eu.emso.dmp.server.auth;

import eu.emso.dmp.server.sta.core.StaResource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Every write route of the server, found as a person reading the code would: each JAX-RS
 * resource class ({@code @Path}) among the server's classes, and in it every POST, PUT, PATCH and
 * DELETE method, as {@code "METHOD /path/template"}.
 */
final class WriteRoutes {
    private WriteRoutes() {
    }

    static Set<String> all() throws IOException, URISyntaxException {
        Path classes = Path.of(StaResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> routes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = load(name);
                if (c != null && c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    collect(Resource.from(c), "", routes);
                }
            }
        }
        return routes;
    }

    private static void collect(Resource r, String prefix, Set<String> routes) {
        String path = join(prefix, r.getPath());
        List<ResourceMethod> methods = new ArrayList<>(r.getResourceMethods());
        for (ResourceMethod m : methods) {
            if (AccessFilter.WRITES.contains(m.getHttpMethod())) {
                routes.add(m.getHttpMethod() + " " + path);
            }
        }
        for (Resource child : r.getChildResources()) {
            collect(child, path, routes);
        }
    }

    private static String join(String prefix, String path) {
        String p = path == null ? "" : path.startsWith("/") ? path : "/" + path;
        String joined = (prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix) + p;
        return joined.isEmpty() ? "/" : joined;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, WriteRoutes.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
