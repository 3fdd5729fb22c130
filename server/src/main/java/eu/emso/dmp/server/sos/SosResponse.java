package eu.emso.dmp.server.sos;

import javax.xml.stream.XMLStreamException;

/**
 * What a handler answers: an XML document written when the client reads it. Everything that can
 * fail because of the request has been checked before a response is made, so that a failure can
 * still be reported as an ExceptionReport.
 *
 * @param status HTTP status (200 for every answer but exceptions)
 * @param body   writes the document
 */
public record SosResponse(int status, Body body) {

    /** Writes a document. */
    @FunctionalInterface
    public interface Body {
        void write(Xml xml) throws XMLStreamException;
    }

    public static SosResponse ok(Body body) {
        return new SosResponse(200, body);
    }
}
