package eu.emso.dmp.server.http;

import eu.emso.dmp.server.config.HttpSettings;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The HTTP(S) connectors and the cross-origin handler that {@link HttpSettings} configure. */
public final class Connectors {
    private Connectors() {
    }

    /** Adds the plain HTTP connector on {@code port} and, when a keystore is set, the HTTPS one. */
    public static void add(Server jetty, int port, HttpSettings settings) {
        HttpConfiguration plain = new HttpConfiguration();
        plain.setSendServerVersion(false);
        ServerConnector http = new ServerConnector(jetty, new HttpConnectionFactory(plain));
        http.setPort(port);
        jetty.addConnector(http);
        if (settings.tlsKeystore().isPresent()) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(settings.tlsKeystore().get().toAbsolutePath().toString());
            ssl.setKeyStorePassword(settings.tlsPassword());
            HttpConfiguration secure = new HttpConfiguration(plain);
            SecureRequestCustomizer customizer = new SecureRequestCustomizer();
            customizer.setSniHostCheck(false); // clients may use the address rather than the certificate's name
            secure.addCustomizer(customizer);
            ServerConnector https = new ServerConnector(jetty,
                    new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(secure));
            https.setPort(settings.tlsPort());
            jetty.addConnector(https);
        }
    }

    /** {@code next} behind a CORS handler for the configured origins, or {@code next} itself when none are. */
    public static Handler cors(HttpSettings settings, Handler next) {
        if (settings.corsOrigins().isEmpty()) {
            return next;
        }
        CrossOriginHandler cors = new CrossOriginHandler();
        Set<String> origins = new HashSet<>();
        for (String o : settings.corsOrigins()) {
            origins.add(o.equals("*") ? "*" : Pattern.quote(o));
        }
        cors.setAllowedOriginPatterns(origins);
        cors.setAllowedMethods(Set.copyOf(settings.corsMethods()));
        cors.setAllowedHeaders(Set.of("Content-Type", "Authorization", "Accept"));
        cors.setExposedHeaders(Set.of("Location", "Retry-After"));
        cors.setAllowCredentials(false);
        cors.setHandler(next);
        return cors;
    }
}
