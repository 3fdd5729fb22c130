package eu.emso.dmp.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.emso.dmp.server.config.SettingsException;
import eu.emso.dmp.server.config.SettingsLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code auth.*} settings as an operator gives them: defaults, environment, bad values. */
class AuthSettingsTest {

    private static AuthSettings load(Map<String, String> env) {
        return SettingsLoader.load(null, env).auth();
    }

    @Test
    void aFreshInstallNeedsAnAccountToWriteAndReadsOpenly() {
        AuthSettings a = load(Map.of());
        assertThat(a.writesOpen()).isFalse();
        assertThat(a.readsOpen()).isTrue();
        assertThat(a.issuer()).isEmpty();
        assertThat(a.rolesClaim()).isEqualTo("roles");
    }

    @Test
    void theEnvironmentOpensWritesOrClosesReads() {
        assertThat(load(Map.of("DMP_AUTH_WRITES", "open")).writesOpen()).isTrue();
        assertThat(load(Map.of("DMP_AUTH_READS", "authorised")).readsOpen()).isFalse();
    }

    @Test
    void aValueThatIsNeitherChoiceIsRefusedByName() {
        assertThatThrownBy(() -> load(Map.of("DMP_AUTH_WRITES", "yes")))
                .isInstanceOf(SettingsException.class).hasMessageContaining("auth.writes")
                .hasMessageContaining("'open' or 'authorised'");
    }

    @Test
    void anIssuerNeedsItsKeys() {
        assertThatThrownBy(() -> load(Map.of("DMP_AUTH_OIDC_ISSUER", "https://id.example.org/realms/emso")))
                .isInstanceOf(SettingsException.class).hasMessageContaining("auth.oidc.jwks");
        AuthSettings a = load(Map.of("DMP_AUTH_OIDC_ISSUER", "https://id.example.org/realms/emso",
                "DMP_AUTH_OIDC_JWKS", "https://id.example.org/realms/emso/protocol/openid-connect/certs",
                "DMP_AUTH_OIDC_ROLES_CLAIM", "realm_access.roles"));
        assertThat(a.issuer()).contains("https://id.example.org/realms/emso");
        assertThat(a.rolesClaim()).isEqualTo("realm_access.roles");
    }
}
