package eu.emso.dmp.server.http;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The credentials the command-line clients send to a server whose writes need an account, from
 * the environment: an API key in {@code DMP_API_KEY}, or a user in {@code DMP_USER} and
 * {@code DMP_PASSWORD} (HTTP Basic). Stateless.
 */
public final class ClientCredentials {
    private ClientCredentials() {
    }

    /** {@code request} with the credentials of the environment, or as it is without any. */
    public static HttpRequest signed(HttpRequest request) {
        String key = System.getenv("DMP_API_KEY");
        String user = System.getenv("DMP_USER");
        if (key != null && !key.isBlank()) {
            return HttpRequest.newBuilder(request, (n, v) -> true).header("X-API-Key", key.strip()).build();
        }
        if (user != null && !user.isBlank()) {
            String pw = Objects.requireNonNullElse(System.getenv("DMP_PASSWORD"), "");
            String basic = Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
            return HttpRequest.newBuilder(request, (n, v) -> true).header("Authorization", "Basic " + basic).build();
        }
        return request;
    }
}
