package eu.emso.dmp.server.auth;

/**
 * The rules, in one place: with {@code auth.reads=open} anyone reads, otherwise any account
 * does; with {@code auth.writes=open} anyone writes, otherwise writing needs the role asked for.
 * Each check returns or throws the {@link AuthException} to answer. Immutable.
 */
public record AccessPolicy(AuthSettings settings) {

    /** A read by {@code caller}. */
    public void checkRead(Caller caller) {
        if (!settings.readsOpen() && caller.anonymous()) {
            throw AuthException.unauthorized("this server is closed to anonymous reads: sign in (Basic, API key "
                    + "or bearer token)");
        }
    }

    /** A write that needs {@code role}. */
    public void checkWrite(Caller caller, Role role) {
        if (settings.writesOpen()) {
            return;
        }
        if (caller.anonymous()) {
            throw AuthException.unauthorized("this request writes and needs an account with the role " + role.label()
                    + ": send Basic credentials, an API key (X-API-Key) or a bearer token");
        }
        if (!caller.has(role)) {
            throw AuthException.forbidden(caller + " may not do this: it needs the role " + role.label());
        }
    }

    /** Whether Thing restrictions apply (they do not while anyone may write). */
    public boolean scoped(Caller caller) {
        return !settings.writesOpen() && caller.restricted();
    }
}
