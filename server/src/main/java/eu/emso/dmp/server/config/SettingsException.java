package eu.emso.dmp.server.config;

/** Invalid settings: the server does not start, and the message says which setting is wrong. */
public final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
