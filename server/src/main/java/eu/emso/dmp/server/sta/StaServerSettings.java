package eu.emso.dmp.server.sta;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A conformance class that also adds members to the service root's {@code serverSettings}
 * object (OGC 18-088, 9.2.1), such as the {@code mqtt} endpoints of the MQTT extension. Lets
 * another face contribute to the service root without the SensorThings face importing it.
 */
public interface StaServerSettings extends StaConformance {

    /** Writes this class's members into the open {@code serverSettings} object. */
    void writeSettings(JsonGenerator g) throws IOException;
}
