package eu.emso.dmp.server.sos;

import java.util.Objects;
import org.w3c.dom.Element;

/**
 * One decoded SOS request.
 *
 * @param operation the operation asked for
 * @param params    its parameters, from KVP or lifted out of the POX body
 * @param body      the POX root element, for operations whose content is a document
 *                  (InsertSensor, InsertObservation); null for KVP
 * @param serviceUrl the URL of {@code /sos/service} as clients reach it (for capabilities links)
 */
public record SosRequest(Operation operation, Params params, Element body, String serviceUrl) {
    public SosRequest {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(params, "params");
    }

    /** The POX body; InvalidRequest when the request came by KVP. */
    public Element document() {
        if (body == null) {
            throw new SosException(OwsCode.OPERATION_NOT_SUPPORTED, "request",
                    operation.requestName() + " is supported with the POX binding (POST application/xml) only");
        }
        return body;
    }
}
