package eu.emso.dmp.server.sos;

import java.util.Arrays;
import java.util.Optional;

/**
 * The SOS 2.0 operations this service knows (OGC 12-006 clauses 8 to 13), with whether each one
 * changes data. {@link #transactional()} is the one place that says which requests write: the
 * POX binding sends reads as POST too, so the HTTP method does not tell.
 */
public enum Operation {
    GET_CAPABILITIES("GetCapabilities", false, "core"),
    DESCRIBE_SENSOR("DescribeSensor", false, "core"),
    GET_OBSERVATION("GetObservation", false, "core"),
    GET_FEATURE_OF_INTEREST("GetFeatureOfInterest", false, "foiRetrieval"),
    GET_OBSERVATION_BY_ID("GetObservationById", false, "obsByIdRetrieval"),
    INSERT_SENSOR("InsertSensor", true, "sensorInsertion"),
    DELETE_SENSOR("DeleteSensor", true, "sensorDeletion"),
    INSERT_OBSERVATION("InsertObservation", true, "obsInsertion"),
    INSERT_RESULT_TEMPLATE("InsertResultTemplate", true, "resultInsertion"),
    INSERT_RESULT("InsertResult", true, "resultInsertion"),
    GET_RESULT_TEMPLATE("GetResultTemplate", false, "resultRetrieval"),
    GET_RESULT("GetResult", false, "resultRetrieval"),
    /** 52°North's extension; its conformance URI is the one 52°North's SOS advertises. */
    GET_DATA_AVAILABILITY("GetDataAvailability", false, "daRetrieval");

    private static final String CONF = "http://www.opengis.net/spec/SOS/2.0/conf/";
    private final String requestName;
    private final boolean transactional;
    private final String conformance;

    Operation(String requestName, boolean transactional, String conformance) {
        this.requestName = requestName;
        this.transactional = transactional;
        this.conformance = CONF + conformance;
    }

    /** The URI of the OGC 12-006 conformance class the operation belongs to. */
    public String conformance() {
        return conformance;
    }

    /** The name as in {@code request=} and as the POX root element's local name. */
    public String requestName() {
        return requestName;
    }

    /** Whether the operation creates, changes or deletes data (and so needs a writer). */
    public boolean transactional() {
        return transactional;
    }

    /** The operation of this request name (case-sensitive, as OGC 12-006 names them). */
    public static Optional<Operation> named(String name) {
        return Arrays.stream(values()).filter(o -> o.requestName.equals(name)).findFirst();
    }
}
