package eu.emso.dmp.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kinds of credentials a write may carry, on a server with an OIDC issuer configured
 * (roles in {@code realm_access.roles}, audience {@value TestIssuer#AUDIENCE}): HTTP Basic, API
 * keys in {@code X-API-Key} or as bearer token, and JWTs of the issuer; and what is refused with
 * 401: a wrong password, an unknown key, expired tokens, tokens for another audience or issuer
 * and tokens signed with a key the issuer never published.
 */
class CredentialsTest {
    private static final String THING = "{\"name\":\"credentials\",\"description\":\"d\"}";
    private static TestIssuer issuer;
    private static TestServer server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        issuer = new TestIssuer();
        AuthSettings oidc = new AuthSettings(false, true, java.util.Optional.of(issuer.issuer()),
                java.util.Optional.of(issuer.jwks()), java.util.Optional.of(TestIssuer.AUDIENCE), "realm_access.roles");
        server = TestServer.withAuth(oidc);
        server.server().accounts().addUser("alice", Role.WRITER, List.of(), "alice-password");
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.close();
        issuer.close();
    }

    private static HttpResponse<String> create(String header) {
        return http.send("POST", "/v1.1/Things", "application/json", THING, header);
    }

    @Test
    void basicCredentialsOfAWriterWrite() {
        assertThat(create("Authorization: " + Http.basic("alice", "alice-password")).statusCode()).isEqualTo(201);
    }

    @Test
    void aWrongPasswordOrUnknownUserIs401() {
        HttpResponse<String> r = create("Authorization: " + Http.basic("alice", "not-her-password"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Http.json(r).path("message").asText()).isEqualTo("unknown user or wrong password");
        assertThat(create("Authorization: " + Http.basic("mallory", "alice-password")).statusCode()).isEqualTo(401);
    }

    @Test
    void anApiKeyWritesInEitherHeader() {
        String key = server.server().accounts().addKey("logger-1", Role.WRITER, List.of());
        assertThat(key).startsWith(ApiKeys.PREFIX);
        assertThat(create("X-API-Key: " + key).statusCode()).isEqualTo(201);
        assertThat(create("Authorization: Bearer " + key).statusCode()).isEqualTo(201);
        assertThat(create("X-API-Key: " + ApiKeys.generate()).statusCode()).isEqualTo(401);
    }

    @Test
    void aRemovedKeyIsRefusedAtOnce() {
        String key = server.server().accounts().addKey("logger-2", Role.WRITER, List.of());
        assertThat(create("X-API-Key: " + key).statusCode()).isEqualTo(201);
        server.server().accounts().remove("logger-2");
        assertThat(create("X-API-Key: " + key).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenOfTheIssuerWithTheWriterRoleWrites() throws Exception {
        String token = issuer.token("bob", List.of("offline_access", "writer"), TestIssuer.AUDIENCE, Duration.ofMinutes(5));
        assertThat(create("Authorization: Bearer " + token).statusCode()).isEqualTo(201);
    }

    @Test
    void aTokenWithoutTheWriterRoleIs403() throws Exception {
        String token = issuer.token("carol", List.of("reader"), TestIssuer.AUDIENCE, Duration.ofMinutes(5));
        HttpResponse<String> r = create("Authorization: Bearer " + token);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(Http.json(r).path("message").asText()).contains("needs the role writer");
    }

    @Test
    void expiredTokensAre401() throws Exception {
        String token = issuer.token("bob", List.of("writer"), TestIssuer.AUDIENCE, Duration.ofMinutes(-10));
        HttpResponse<String> r = create("Authorization: Bearer " + token);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Http.json(r).path("message").asText()).containsIgnoringCase("expired");
    }

    @Test
    void tokensForAnotherAudienceOrIssuerOrForgedAre401() throws Exception {
        String other = issuer.token("bob", List.of("writer"), "another-service", Duration.ofMinutes(5));
        assertThat(create("Authorization: Bearer " + other).statusCode()).isEqualTo(401);
        assertThat(create("Authorization: Bearer " + issuer.otherIssuer("bob", List.of("writer"))).statusCode())
                .isEqualTo(401);
        assertThat(create("Authorization: Bearer " + issuer.forged("bob", List.of("writer"))).statusCode())
                .isEqualTo(401);
        assertThat(create("Authorization: Bearer not.a.token").statusCode()).isEqualTo(401);
    }

    @Test
    void readsStayOpen() {
        assertThat(http.send("GET", "/v1.1/Things", null, null, null).statusCode()).isEqualTo(200);
    }
}
