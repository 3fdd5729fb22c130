package eu.emso.dmp.server.sos.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A parsed response with XPath over the SOS prefixes ({@code sos}, {@code swes}, {@code om}, ...). */
public final class XmlDoc {
    private final Document doc;
    private final XPath xpath;

    private XmlDoc(Document doc) {
        this.doc = doc;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return "gda20".equals(prefix) ? "http://www.opengis.net/sosgda/2.0"
                        : eu.emso.dmp.server.sos.Xml.NAMESPACES.get(prefix);
            }

            public String getPrefix(String uri) {
                return null;
            }

            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    public static XmlDoc parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return new XmlDoc(f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The string value of an XPath expression. */
    public String text(String expr) {
        try {
            return xpath.evaluate(expr, doc);
        } catch (Exception e) {
            throw new AssertionError(expr, e);
        }
    }

    /** The number of nodes an XPath expression selects. */
    public int count(String expr) {
        return all(expr).size();
    }

    /** The string values of the nodes an XPath expression selects. */
    public List<String> all(String expr) {
        try {
            NodeList l = (NodeList) xpath.evaluate(expr, doc, XPathConstants.NODESET);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < l.getLength(); i++) {
                out.add(l.item(i).getTextContent());
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(expr, e);
        }
    }
}
