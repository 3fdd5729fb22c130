package eu.emso.dmp.server.sta.dataarray;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A column of a CreateObservations data array (OGC 18-088, 13): an Observation property, or
 * the id of the FeatureOfInterest.
 */
enum Component {
    PHENOMENON_TIME("phenomenonTime"),
    RESULT("result"),
    RESULT_TIME("resultTime"),
    RESULT_QUALITY("resultQuality"),
    VALID_TIME("validTime"),
    PARAMETERS("parameters"),
    FEATURE_OF_INTEREST_ID("FeatureOfInterest/id");

    private final String text;

    Component(String text) {
        this.text = text;
    }

    /** The name as written in {@code components}, which is also the Observation property name. */
    String text() {
        return text;
    }

    /** The component written {@code name}, or null. {@code FeatureOfInterest/@iot.id} is accepted too. */
    static Component of(String name) {
        String n = "FeatureOfInterest/@iot.id".equals(name) ? FEATURE_OF_INTEREST_ID.text : name;
        for (Component c : values()) {
            if (c.text.equals(n)) {
                return c;
            }
        }
        return null;
    }

    /** The names a client may use, for error messages. */
    static String known() {
        return Arrays.stream(values()).map(Component::text).collect(Collectors.joining(", "));
    }
}
