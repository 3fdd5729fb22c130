/**
 * Who may write (and, on a closed deployment, read): accounts stored in the database (users with
 * a BCrypt password hash, API keys stored as SHA-256 digests), OIDC bearer tokens verified against
 * the issuer's JWKS, the roles {@link eu.emso.dmp.server.auth.Role reader, writer and admin}, and
 * the checks made before anything is written: {@link eu.emso.dmp.server.auth.AccessFilter} on
 * HTTP, {@link eu.emso.dmp.server.auth.MqttAccess} on MQTT CONNECT and PUBLISH. Settings:
 * {@link eu.emso.dmp.server.auth.AuthSettings}; docs/security.md tells operators how to use it.
 */
package eu.emso.dmp.server.auth;
