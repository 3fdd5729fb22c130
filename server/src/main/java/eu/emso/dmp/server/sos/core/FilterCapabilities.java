package eu.emso.dmp.server.sos.core;

import eu.emso.dmp.server.sos.Xml;
import javax.xml.stream.XMLStreamException;

/**
 * The {@code fes:Filter_Capabilities} of GetObservation (OGC 12-006 requirement
 * /req/core/gc-filter-capabilities): spatial BBOX on envelopes, temporal During and TEquals.
 * Stateless.
 */
final class FilterCapabilities {
    private FilterCapabilities() {
    }

    static void write(Xml xml) throws XMLStreamException {
        xml.start("sos:filterCapabilities").start("fes:Filter_Capabilities").start("fes:Conformance");
        for (String c : new String[] {"ImplementsQuery", "ImplementsAdHocQuery", "ImplementsFunctions",
                "ImplementsMinStandardFilter", "ImplementsStandardFilter", "ImplementsMinSpatialFilter",
                "ImplementsSpatialFilter", "ImplementsMinTemporalFilter", "ImplementsTemporalFilter",
                "ImplementsVersionNav", "ImplementsSorting", "ImplementsExtendedOperators"}) {
            boolean yes = c.equals("ImplementsMinSpatialFilter") || c.equals("ImplementsMinTemporalFilter");
            xml.start("fes:Constraint").attr("name", c).start("ows:NoValues").end()
                    .element("ows:DefaultValue", Boolean.toString(yes)).end();
        }
        xml.end();
        xml.start("fes:Spatial_Capabilities").start("fes:GeometryOperands")
                .start("fes:GeometryOperand").attr("name", "gml:Envelope").end().end()
                .start("fes:SpatialOperators").start("fes:SpatialOperator").attr("name", "BBOX").end().end().end();
        xml.start("fes:Temporal_Capabilities").start("fes:TemporalOperands")
                .start("fes:TemporalOperand").attr("name", "gml:TimePeriod").end()
                .start("fes:TemporalOperand").attr("name", "gml:TimeInstant").end().end()
                .start("fes:TemporalOperators")
                .start("fes:TemporalOperator").attr("name", "During").end()
                .start("fes:TemporalOperator").attr("name", "TEquals").end().end().end();
        xml.end().end();
    }
}
