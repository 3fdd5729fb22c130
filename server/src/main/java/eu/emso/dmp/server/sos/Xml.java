package eu.emso.dmp.server.sos;

import java.io.OutputStream;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin StAX writer for SOS documents: elements are named {@code prefix:local} with the prefixes
 * of {@link #NAMESPACES}, all declared on the root element. Writes as it goes; nothing is kept.
 * Not thread-safe: one document, one thread.
 */
public final class Xml implements AutoCloseable {
    public static final String SOS = "http://www.opengis.net/sos/2.0";
    public static final String SWES = "http://www.opengis.net/swes/2.0";
    public static final String OWS = "http://www.opengis.net/ows/1.1";
    public static final String OM = "http://www.opengis.net/om/2.0";
    public static final String GML = "http://www.opengis.net/gml/3.2";
    public static final String SML = "http://www.opengis.net/sensorml/2.0";
    public static final String SWE = "http://www.opengis.net/swe/2.0";
    public static final String FES = "http://www.opengis.net/fes/2.0";
    public static final String SAMS = "http://www.opengis.net/samplingSpatial/2.0";
    public static final String SF = "http://www.opengis.net/sampling/2.0";
    public static final String XLINK = "http://www.w3.org/1999/xlink";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String GMD = "http://www.isotc211.org/2005/gmd";
    public static final String GCO = "http://www.isotc211.org/2005/gco";
    public static final String XS = "http://www.w3.org/2001/XMLSchema";
    /** 52°North's GetDataAvailability 1.0; a document may bind {@code gda} to its 2.0 instead ({@link #bind}). */
    public static final String GDA = "http://www.opengis.net/sosgda/1.0";
    /** Prefix to namespace, declared on every root element. */
    public static final Map<String, String> NAMESPACES = Map.ofEntries(Map.entry("sos", SOS),
            Map.entry("swes", SWES), Map.entry("ows", OWS), Map.entry("om", OM), Map.entry("gml", GML),
            Map.entry("sml", SML), Map.entry("swe", SWE), Map.entry("fes", FES), Map.entry("sams", SAMS),
            Map.entry("sf", SF), Map.entry("xlink", XLINK), Map.entry("xsi", XSI), Map.entry("gmd", GMD),
            Map.entry("gco", GCO), Map.entry("xs", XS), Map.entry("gda", GDA));
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter w;
    private final Map<String, String> namespaces = new java.util.HashMap<>(NAMESPACES);
    private boolean rootWritten;

    public Xml(OutputStream out) throws XMLStreamException {
        this.w = FACTORY.createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
    }

    /** Opens element {@code qname} ({@code prefix:local}); the first one declares all namespaces. */
    public Xml start(String qname) throws XMLStreamException {
        int c = qname.indexOf(':');
        String prefix = qname.substring(0, c);
        w.writeStartElement(prefix, qname.substring(c + 1), ns(prefix));
        if (!rootWritten) {
            rootWritten = true;
            for (Map.Entry<String, String> e : namespaces.entrySet()) {
                w.writeNamespace(e.getKey(), e.getValue());
            }
        }
        return this;
    }

    /** Binds {@code prefix} to {@code namespace} in this document; only before its root element. */
    public Xml bind(String prefix, String namespace) {
        if (rootWritten) {
            throw new IllegalStateException("prefixes are bound before the root element");
        }
        namespaces.put(prefix, namespace);
        return this;
    }

    /** An attribute of the open element; {@code qname} without a prefix is unqualified. */
    public Xml attr(String qname, String value) throws XMLStreamException {
        int c = qname.indexOf(':');
        if (c < 0) {
            w.writeAttribute(qname, value);
        } else {
            String prefix = qname.substring(0, c);
            w.writeAttribute(prefix, ns(prefix), qname.substring(c + 1), value);
        }
        return this;
    }

    public Xml text(String text) throws XMLStreamException {
        w.writeCharacters(text);
        return this;
    }

    public Xml end() throws XMLStreamException {
        w.writeEndElement();
        return this;
    }

    /** {@code <qname>text</qname>}. */
    public Xml element(String qname, String text) throws XMLStreamException {
        return start(qname).text(text).end();
    }

    /** {@code <qname xlink:href="href"/>}. */
    public Xml link(String qname, String href) throws XMLStreamException {
        return start(qname).attr("xlink:href", href).end();
    }

    /** Writes out what is buffered, so that a long document reaches the client as it grows. */
    public void flush() throws XMLStreamException {
        w.flush();
    }

    /** Ends the document and flushes; the stream stays open. */
    @Override
    public void close() throws XMLStreamException {
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    private String ns(String prefix) {
        String ns = "xml".equals(prefix) ? javax.xml.XMLConstants.XML_NS_URI : namespaces.get(prefix);
        if (ns == null) {
            throw new IllegalArgumentException("unknown prefix " + prefix);
        }
        return ns;
    }
}
