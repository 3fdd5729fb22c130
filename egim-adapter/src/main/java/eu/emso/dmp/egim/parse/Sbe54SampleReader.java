package eu.emso.dmp.egim.parse;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one SBE54 {@code <Sample>} element with StAX into a record or a rejection. External
 * entities and DTDs are disabled. Not thread-safe (one per parse).
 */
final class Sbe54SampleReader {

    private final XMLInputFactory factory = XMLInputFactory.newFactory();
    private final String sensorId;

    Sbe54SampleReader(String sensorId) {
        this.sensorId = sensorId;
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    LineOutcome read(long n, String xml) {
        Map<String, String> fields = new HashMap<>();
        String type;
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
            try {
                r.nextTag();
                if (!"Sample".equals(r.getLocalName())) {
                    return new Rejected(n, xml, "root element is <" + r.getLocalName() + ">, not <Sample>");
                }
                type = r.getAttributeValue(null, "Type");
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    fields.put(name, r.getElementText().strip());
                }
                while (r.hasNext()) {
                    r.next();
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return new Rejected(n, xml, "malformed XML: " + firstLine(e.getMessage()));
        }
        if (!"Pressure".equals(type)) {
            return new Skipped(n, xml, "sample of type " + type + " carries no pressure");
        }
        return record(n, xml, fields);
    }

    private LineOutcome record(long n, String xml, Map<String, String> fields) {
        String time = fields.get("Time");
        if (time == null || !fields.containsKey("PressurePSI")) {
            return new Rejected(n, xml, "sample lacks <Time> or <PressurePSI>");
        }
        try {
            Instant t = LocalDateTime.parse(time).toInstant(ZoneOffset.UTC);
            List<Measurement> values = new ArrayList<>(2);
            values.add(Measurement.of("PRES", Text.number(fields.get("PressurePSI"), "PressurePSI"), "psia"));
            if (fields.containsKey("PTemp")) {
                values.add(Measurement.of("PTEMP", Text.number(fields.get("PTemp"), "PTemp"), "degC"));
            }
            return new RawRecord(n, xml, t, "SBE54", sensorId, values);
        } catch (DateTimeParseException e) {
            return new Rejected(n, xml, "unparseable <Time> '" + time + "'");
        } catch (NumberFormatException e) {
            return new Rejected(n, xml, e.getMessage());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
