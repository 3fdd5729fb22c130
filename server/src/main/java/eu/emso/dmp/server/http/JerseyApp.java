package eu.emso.dmp.server.http;

import jakarta.ws.rs.Path;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jersey application of the HTTP faces, made of ready instances. Resources are registered as
 * classes whose one instance is bound for injection (registering the instance itself makes
 * Jersey warn that it is no provider); WADL and the {@code jakarta.activation} body writer are
 * off, as nothing here uses them (they would log a warning at each start).
 */
public final class JerseyApp {
    private final ResourceConfig config = new ResourceConfig()
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .property(CommonProperties.PROVIDER_DEFAULT_DISABLE, "DATASOURCE");

    private final java.util.List<Object> resources = new java.util.ArrayList<>();
    private boolean bound;

    /** Adds a resource (a class annotated {@link Path}) or a provider (mapper, filter). */
    public JerseyApp register(Object component) {
        if (bound) {
            throw new IllegalStateException("the application is already configured");
        }
        if (component.getClass().isAnnotationPresent(Path.class)) {
            resources.add(component);
            config.register(component.getClass());
        } else {
            config.register(component);
        }
        return this;
    }

    /** The configuration to run: the resources' instances bound in one binder (Jersey keeps one binder per class). */
    public ResourceConfig config() {
        if (!bound) {
            bound = true;
            java.util.List<Object> all = java.util.List.copyOf(resources);
            config.register(new AbstractBinder() {
                @Override
                protected void configure() {
                    all.forEach(this::bindInstance);
                }

                @SuppressWarnings("unchecked")
                private <T> void bindInstance(T instance) {
                    bind(instance).to((Class<T>) instance.getClass());
                }
            });
        }
        return config;
    }
}
