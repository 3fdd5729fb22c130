package eu.emso.dmp.server.sos.pox;

import eu.emso.dmp.server.sos.Operation;
import eu.emso.dmp.server.sos.OwsCode;
import eu.emso.dmp.server.sos.Params;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.Xml;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Decodes a POX request: the root element names the operation, its {@code service} and
 * {@code version} attributes and its simple child elements become parameters of the same names
 * as in KVP, and the filters are written in their KVP form ({@link PoxFilters}), so one handler
 * serves both bindings. No DTDs, no external entities. Thread-safe.
 */
public final class PoxDecoder {
    private static final DocumentBuilderFactory FACTORY = factory();

    private PoxDecoder() {
    }

    public static SosRequest decode(InputStream body, String serviceUrl) {
        Element root = parse(body);
        String ns = root.getNamespaceURI();
        if (!Xml.SOS.equals(ns) && !Xml.SWES.equals(ns) && (ns == null || !ns.startsWith("http://www.opengis.net/sosgda/"))) {
            throw new SosException(OwsCode.INVALID_REQUEST, null, "the root element {" + ns + "}"
                    + root.getLocalName() + " is not an SOS 2.0 request");
        }
        Operation op = Operation.named(root.getLocalName()).orElseThrow(() -> new SosException(
                OwsCode.OPERATION_NOT_SUPPORTED, root.getLocalName(),
                "the operation '" + root.getLocalName() + "' is not supported"));
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String a : List.of("service", "version")) {
            if (root.hasAttribute(a)) {
                params.put(a, List.of(root.getAttribute(a)));
            }
        }
        for (Element child : Dom.children(root)) {
            String name = child.getLocalName();
            switch (name) {
                case "temporalFilter" -> add(params, name, PoxFilters.temporal(child));
                case "spatialFilter" -> add(params, name, PoxFilters.spatial(child));
                case "AcceptVersions", "Sections" -> Dom.children(child).forEach(v -> add(params,
                        name, v.getTextContent().trim()));
                default -> {
                    if (Dom.children(child).isEmpty()) {
                        add(params, name, child.getTextContent().trim());
                    }
                }
            }
        }
        return new SosRequest(op, new Params(params), root, serviceUrl);
    }

    private static void add(Map<String, List<String>> params, String name, String value) {
        params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    private static Element parse(InputStream body) {
        try {
            DocumentBuilder b = FACTORY.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(body).getDocumentElement();
        } catch (SAXException e) {
            throw new SosException(OwsCode.INVALID_REQUEST, null, "the request is not well-formed XML: "
                    + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new SosException(OwsCode.INVALID_REQUEST, null, "the request body cannot be read: " + e.getMessage());
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }
}
