package eu.emso.dmp.server.sos.pox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for request documents. Stateless. */
public final class Dom {
    private Dom() {
    }

    /** The child elements of {@code e}, in order. */
    public static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child element with this local name. */
    public static Optional<Element> child(Element e, String localName) {
        return children(e).stream().filter(c -> localName.equals(c.getLocalName())).findFirst();
    }

    /** The first descendant element with this local name, in document order. */
    public static Optional<Element> descendant(Element e, String localName) {
        for (Element c : children(e)) {
            if (localName.equals(c.getLocalName())) {
                return Optional.of(c);
            }
            Optional<Element> d = descendant(c, localName);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The element as an XML document text (UTF-8, no declaration), with the namespaces it uses. */
    public static String serialize(Element e) {
        try {
            javax.xml.transform.TransformerFactory f = javax.xml.transform.TransformerFactory.newInstance();
            f.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            javax.xml.transform.Transformer t = f.newTransformer();
            t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
            java.io.StringWriter w = new java.io.StringWriter();
            t.transform(new javax.xml.transform.dom.DOMSource(e), new javax.xml.transform.stream.StreamResult(w));
            return w.toString();
        } catch (javax.xml.transform.TransformerException x) {
            throw new IllegalStateException("cannot serialize a parsed element", x);
        }
    }

    /** The trimmed text of the first descendant with this local name, or "". */
    public static String text(Element e, String localName) {
        return descendant(e, localName).map(d -> d.getTextContent().trim()).orElse("");
    }
}
