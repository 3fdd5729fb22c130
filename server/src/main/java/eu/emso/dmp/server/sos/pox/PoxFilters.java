package eu.emso.dmp.server.sos.pox;

import eu.emso.dmp.server.sos.SosException;
import org.w3c.dom.Element;

/**
 * Writes the FES 2.0 filters of a POX GetObservation in their KVP form (OGC 12-006 table D.3):
 * {@code fes:During}/{@code fes:TEquals} as {@code valueReference,start/end} or
 * {@code valueReference,instant}, {@code fes:BBOX} as
 * {@code valueReference,lowerCorner,upperCorner[,crs]}. Stateless.
 */
final class PoxFilters {
    private PoxFilters() {
    }

    static String temporal(Element filter) {
        Element op = Dom.children(filter).stream().findFirst()
                .orElseThrow(() -> SosException.missing("temporalFilter"));
        String ref = Dom.text(op, "ValueReference");
        return switch (op.getLocalName()) {
            case "During" -> ref + "," + Dom.text(op, "beginPosition") + "/" + Dom.text(op, "endPosition");
            case "TEquals" -> ref + "," + Dom.text(op, "timePosition");
            default -> throw SosException.invalid("temporalFilter", "the temporal operator fes:"
                    + op.getLocalName() + " is not supported; use fes:During or fes:TEquals");
        };
    }

    static String spatial(Element filter) {
        Element op = Dom.children(filter).stream().findFirst()
                .orElseThrow(() -> SosException.missing("spatialFilter"));
        if (!"BBOX".equals(op.getLocalName())) {
            throw SosException.invalid("spatialFilter", "the spatial operator fes:" + op.getLocalName()
                    + " is not supported; use fes:BBOX");
        }
        String crs = Dom.descendant(op, "Envelope").map(e -> e.getAttribute("srsName")).orElse("");
        return Dom.text(op, "ValueReference") + "," + Dom.text(op, "lowerCorner").replaceAll("\\s+", ",") + ","
                + Dom.text(op, "upperCorner").replaceAll("\\s+", ",") + (crs.isEmpty() ? "" : "," + crs);
    }
}
