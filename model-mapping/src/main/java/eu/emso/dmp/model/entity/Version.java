package eu.emso.dmp.model.entity;

/** The SensorThings API versions served from one implementation. */
public enum Version {
    V10("v1.0"),
    V11("v1.1");

    private final String path;

    Version(String path) {
        this.path = path;
    }

    /** The version's path segment, e.g. {@code v1.1}. */
    public String path() {
        return path;
    }

    /** The version named by a path segment, or null. */
    public static Version ofPath(String segment) {
        for (Version v : values()) {
            if (v.path.equals(segment)) {
                return v;
            }
        }
        return null;
    }
}
