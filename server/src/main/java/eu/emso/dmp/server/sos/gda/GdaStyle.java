package eu.emso.dmp.server.sos.gda;

import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.SosRequest;

/**
 * The two response styles 52°North serves: 1.0 (procedure, observed property, feature of
 * interest, phenomenon time) and 2.0 (also the offering and the description and response
 * formats). 2.0 is chosen by a POX request in its namespace or by
 * {@code responseFormat=http://www.opengis.net/sosgda/2.0}; 1.0 otherwise.
 */
enum GdaStyle {
    V10("http://www.opengis.net/sosgda/1.0", false),
    V20("http://www.opengis.net/sosgda/2.0", true);

    final String namespace;
    final boolean offerings;

    GdaStyle(String namespace, boolean offerings) {
        this.namespace = namespace;
        this.offerings = offerings;
    }

    static GdaStyle of(SosRequest r) {
        if (r.body() != null && V20.namespace.equals(r.body().getNamespaceURI())) {
            return V20;
        }
        String format = r.params().optional("responseFormat").orElse(V10.namespace);
        for (GdaStyle s : values()) {
            if (s.namespace.equals(format)) {
                return s;
            }
        }
        throw SosException.invalid("responseFormat", "GetDataAvailability answers in " + V10.namespace + " or "
                + V20.namespace + ", not '" + format + "'");
    }
}
