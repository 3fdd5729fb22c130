package eu.emso.dmp.server.sos.core;

import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.Offering;
import eu.emso.dmp.server.sos.Operation;
import eu.emso.dmp.server.sos.SosService;
import eu.emso.dmp.server.sos.Xml;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamException;

/**
 * Writes {@code sos:Capabilities} (OGC 12-006 clause 8.1.2): ServiceIdentification with the
 * conformance classes of the registered operations as profiles, ServiceProvider,
 * OperationsMetadata with GET and POST links per operation, Filter_Capabilities and Contents.
 * One use.
 */
final class CapabilitiesWriter {
    static final List<String> BINDINGS = List.of("http://www.opengis.net/spec/SOS/2.0/conf/kvp-core",
            "http://www.opengis.net/spec/SOS/2.0/conf/pox", "http://www.opengis.net/spec/OMXML/2.0/conf/measurement",
            "http://www.opengis.net/spec/SWE/2.0/conf/core");
    private final Catalogue catalogue;
    private final Set<Operation> operations;
    private final String url;

    CapabilitiesWriter(Catalogue catalogue, Set<Operation> operations, String url) {
        this.catalogue = catalogue;
        this.operations = new TreeSet<>(operations);
        this.url = url;
    }

    void write(Xml xml, Set<String> sections) throws XMLStreamException {
        xml.start("sos:Capabilities").attr("version", SosService.VERSION);
        if (sections.contains("ServiceIdentification")) {
            identification(xml);
        }
        if (sections.contains("ServiceProvider")) {
            xml.start("ows:ServiceProvider").element("ows:ProviderName", "EMSO ERIC")
                    .start("ows:ProviderSite").attr("xlink:href", "https://emso.eu").end()
                    .start("ows:ServiceContact").element("ows:IndividualName", "EMSO data management").end().end();
        }
        if (sections.contains("OperationsMetadata")) {
            operationsMetadata(xml);
        }
        if (sections.contains("FilterCapabilities")) {
            FilterCapabilities.write(xml);
        }
        if (sections.contains("Contents")) {
            xml.start("sos:contents");
            new ContentsWriter(catalogue).write(xml);
            xml.end();
        }
        xml.end();
    }

    private void identification(Xml xml) throws XMLStreamException {
        xml.start("ows:ServiceIdentification").element("ows:Title", "EMSO DMP Sensor Observation Service")
                .element("ows:Abstract", "Observations of the EMSO ocean observatories, quality-controlled")
                .element("ows:ServiceType", "OGC:SOS").element("ows:ServiceTypeVersion", SosService.VERSION);
        Set<String> profiles = new TreeSet<>(BINDINGS);
        operations.forEach(o -> profiles.add(o.conformance()));
        for (String p : profiles) {
            xml.element("ows:Profile", p);
        }
        xml.element("ows:Fees", "NONE").element("ows:AccessConstraints", "NONE").end();
    }

    private void operationsMetadata(Xml xml) throws XMLStreamException {
        xml.start("ows:OperationsMetadata");
        for (Operation o : operations) {
            xml.start("ows:Operation").attr("name", o.requestName());
            xml.start("ows:DCP").start("ows:HTTP").link("ows:Get", url + "?").start("ows:Post")
                    .attr("xlink:href", url).start("ows:Constraint").attr("name", "Content-Type")
                    .start("ows:AllowedValues").element("ows:Value", "application/xml").end().end().end().end().end();
            for (var p : parameters(o)) {
                allowed(xml, p.name(), p.values());
            }
            xml.end();
        }
        allowed(xml, "service", List.of("SOS"));
        allowed(xml, "version", List.of(SosService.VERSION));
        xml.end();
    }

    private List<Parameter> parameters(Operation o) {
        List<String> procedures = catalogue.offerings().stream().map(Offering::procedure).toList();
        List<String> offerings = catalogue.offerings().stream().map(Offering::identifier).toList();
        List<Parameter> out = new ArrayList<>();
        switch (o) {
            case DESCRIBE_SENSOR -> {
                out.add(new Parameter("procedure", procedures));
                out.add(new Parameter("procedureDescriptionFormat", List.of(SensorMlWriter.FORMAT)));
            }
            case GET_OBSERVATION -> {
                out.add(new Parameter("offering", offerings));
                out.add(new Parameter("procedure", procedures));
                out.add(new Parameter("observedProperty", catalogue.observableProperties()));
                out.add(new Parameter("responseFormat", List.of(ObservationWriter.RESPONSE_FORMAT)));
            }
            case GET_FEATURE_OF_INTEREST -> {
                out.add(new Parameter("procedure", procedures));
                out.add(new Parameter("observedProperty", catalogue.observableProperties()));
                out.add(new Parameter("featureOfInterest", List.of()));
            }
            case GET_OBSERVATION_BY_ID -> {
                out.add(new Parameter("observation", List.of()));
                out.add(new Parameter("responseFormat", List.of(ObservationWriter.RESPONSE_FORMAT)));
            }
            case GET_DATA_AVAILABILITY -> {
                out.add(new Parameter("procedure", procedures));
                out.add(new Parameter("observedProperty", catalogue.observableProperties()));
                out.add(new Parameter("offering", offerings));
                out.add(new Parameter("featureOfInterest", List.of()));
            }
            case INSERT_SENSOR -> out.add(new Parameter("procedureDescriptionFormat", List.of(SensorMlWriter.FORMAT)));
            case DELETE_SENSOR -> out.add(new Parameter("procedure", procedures));
            case GET_RESULT_TEMPLATE, GET_RESULT -> {
                out.add(new Parameter("offering", offerings));
                out.add(new Parameter("observedProperty", catalogue.observableProperties()));
            }
            case GET_CAPABILITIES -> out.add(new Parameter("sections",
                    List.copyOf(new TreeSet<>(GetCapabilities.SECTIONS))));
            default -> {
            }
        }
        return out;
    }

    private static void allowed(Xml xml, String name, List<String> values) throws XMLStreamException {
        xml.start("ows:Parameter").attr("name", name);
        if (values.isEmpty()) {
            xml.start("ows:AnyValue").end();
        } else {
            xml.start("ows:AllowedValues");
            for (String v : values) {
                xml.element("ows:Value", v);
            }
            xml.end();
        }
        xml.end();
    }

    private record Parameter(String name, List<String> values) {
    }
}
