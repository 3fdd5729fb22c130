package eu.emso.dmp.server.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Cross-origin access and TLS of the HTTP faces (docs/operations.md). Immutable.
 *
 * @param corsOrigins origins allowed to call the server from a browser ({@code http.cors.origins}:
 *                    {@code *} for any, a comma-separated list, or empty for no CORS headers)
 * @param corsMethods methods allowed cross-origin ({@code http.cors.methods})
 * @param tlsKeystore PKCS12 or JKS keystore with the server's key and certificate
 *                    ({@code http.tls.keystore}); empty: no HTTPS
 * @param tlsPassword password of the keystore and its key ({@code http.tls.password})
 * @param tlsPort     HTTPS port ({@code http.tls.port}, 0: a free port)
 */
public record HttpSettings(List<String> corsOrigins, List<String> corsMethods, Optional<Path> tlsKeystore,
                           String tlsPassword, int tlsPort) {

    public HttpSettings {
        corsOrigins = List.copyOf(corsOrigins);
        corsMethods = List.copyOf(corsMethods);
    }

    /** The defaults of dmp.properties: reads from any origin, no HTTPS. */
    public static HttpSettings defaults() {
        return new HttpSettings(List.of("*"), List.of("GET", "HEAD"), Optional.empty(), "", 8443);
    }

    /** This with HTTPS from {@code keystore} on {@code port}. */
    public HttpSettings withTls(Path keystore, String password, int port) {
        return new HttpSettings(corsOrigins, corsMethods, Optional.of(keystore), password, port);
    }

    /** Reads the keys above; a missing key keeps its default. */
    public static HttpSettings read(UnaryOperator<String> property) {
        HttpSettings d = defaults();
        String keystore = value(property, "http.tls.keystore", "");
        Optional<Path> ks = keystore.isEmpty() ? Optional.empty() : Optional.of(Path.of(keystore));
        if (ks.isPresent() && !Files.isReadable(ks.get())) {
            throw new SettingsException("setting http.tls.keystore names " + keystore + ", which cannot be read");
        }
        String port = value(property, "http.tls.port", Integer.toString(d.tlsPort()));
        int p;
        try {
            p = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new SettingsException("setting http.tls.port must be an integer, found '" + port + "'");
        }
        return new HttpSettings(list(value(property, "http.cors.origins", "*")),
                list(value(property, "http.cors.methods", "GET,HEAD")), ks,
                value(property, "http.tls.password", ""), p);
    }

    private static String value(UnaryOperator<String> property, String key, String fallback) {
        String v = property.apply(key);
        return v == null ? fallback : v.trim();
    }

    private static List<String> list(String v) {
        return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
