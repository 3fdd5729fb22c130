package eu.emso.dmp.server.sta;

import java.util.List;

/**
 * A SensorThings conformance class the server implements; the service root's
 * {@code serverSettings.conformance} list is built from the registered classes.
 */
public interface StaConformance {

    /** The requirement class URIs of OGC 18-088 this class covers. */
    List<String> uris();
}
