package eu.emso.dmp.server.ogcapi;

import java.util.List;

/**
 * A building block of the face that declares conformance classes; the conformance declaration
 * ({@code /conformance}) is the union of the registered ones.
 */
public interface ConformanceClass {

    /** The URIs of the conformance classes it implements. */
    List<String> uris();
}
