package eu.emso.dmp.server.federation.sos;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree read with StAX, by local names (SOS answers mix GML, O&amp;M, SWE and ISO
 * namespaces whose prefixes differ between servers). {@link #stream} hands over one subtree at a
 * time, so a long GetObservation answer is never held whole as a tree. Immutable once read.
 */
final class XmlNode {
    private static final XMLInputFactory FACTORY = factory();
    final String name;
    final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private XmlNode(String name, Map<String, String> attributes) {
        this.name = name;
        this.attributes = attributes;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** The whole document's root element. */
    static XmlNode parse(String xml) throws XMLStreamException {
        XmlNode[] root = new XmlNode[1];
        stream(xml, n -> true, n -> root[0] = n);
        if (root[0] == null) {
            throw new XMLStreamException("no document element");
        }
        return root[0];
    }

    /**
     * Reads {@code xml}, handing every element named {@code element} (or, when null, the root) to
     * {@code each} as a tree; returns the root element's local name.
     */
    static String stream(String xml, String element, Consumer<XmlNode> each) throws XMLStreamException {
        return stream(xml, n -> n.equals(element), each);
    }

    private static String stream(String xml, java.util.function.Predicate<String> wanted, Consumer<XmlNode> each)
            throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(xml));
        try {
            String root = null;
            List<XmlNode> open = new ArrayList<>();
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (root == null) {
                        root = name;
                    }
                    if (!open.isEmpty() || wanted.test(name)) {
                        Map<String, String> attrs = new HashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        XmlNode n = new XmlNode(name, attrs);
                        if (!open.isEmpty()) {
                            open.get(open.size() - 1).children.add(n);
                        }
                        open.add(n);
                    }
                } else if ((e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) && !open.isEmpty()) {
                    open.get(open.size() - 1).text.append(r.getText());
                } else if (e == XMLStreamConstants.END_ELEMENT && !open.isEmpty()) {
                    XmlNode done = open.remove(open.size() - 1);
                    if (open.isEmpty()) {
                        each.accept(done);
                    }
                }
            }
            if (root == null) {
                throw new XMLStreamException("no document element");
            }
            return root;
        } finally {
            r.close();
        }
    }

    String text() {
        return text.toString().strip();
    }

    String attr(String local) {
        return attributes.get(local);
    }

    /** The first child named {@code name}, or null. */
    XmlNode child(String name) {
        return children.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
    }

    List<XmlNode> children(String name) {
        return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    /** The first element named {@code name} below this one, depth first, or null. */
    XmlNode find(String name) {
        for (XmlNode c : children) {
            if (c.name.equals(name)) {
                return c;
            }
            XmlNode d = c.find(name);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Every element named {@code name} below this one, depth first. */
    List<XmlNode> findAll(String name) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(name)) {
                out.add(c);
            }
            out.addAll(c.findAll(name));
        }
        return out;
    }

    /** The text of the first element named {@code name} below, or null. */
    String findText(String name) {
        XmlNode n = find(name);
        return n == null || n.text().isEmpty() ? null : n.text();
    }
}
