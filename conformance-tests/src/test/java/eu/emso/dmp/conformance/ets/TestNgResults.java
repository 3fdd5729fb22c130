package eu.emso.dmp.conformance.ets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a TestNG {@code testng-results.xml} into {@link TestOutcome}s, in document order.
 *
 * <p>The file comes from another program, so it is parsed with the JDK parser in secure
 * processing mode: a document type declaration is refused and nothing external (DTD, schema,
 * entity) is ever fetched. Stateless and thread-safe.
 */
public final class TestNgResults {
    private TestNgResults() {
    }

    /**
     * Every {@code test-method} of every {@code test} of every {@code suite} in {@code file}.
     *
     * @throws IOException when the file cannot be read or is not well-formed TestNG results
     */
    public static List<TestOutcome> parse(Path file) throws IOException {
        Document document;
        try {
            document = secureBuilder().parse(file.toFile());
        } catch (SAXException e) {
            throw new IOException("Not well-formed TestNG results in " + file + ": " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("testng-results")) {
            throw new IOException("Not TestNG results: " + file + " has root element <" + root.getTagName() + ">");
        }
        List<TestOutcome> outcomes = new ArrayList<>();
        for (Element suite : children(root, "suite")) {
            for (Element test : children(suite, "test")) {
                for (Element testClass : children(test, "class")) {
                    for (Element method : children(testClass, "test-method")) {
                        outcomes.add(outcome(test.getAttribute("name"), testClass.getAttribute("name"), method));
                    }
                }
            }
        }
        return List.copyOf(outcomes);
    }

    private static TestOutcome outcome(String testName, String className, Element method) throws IOException {
        String status = method.getAttribute("status");
        TestOutcome.Status parsed;
        try {
            parsed = TestOutcome.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new IOException("Unknown status '" + status + "' of " + className + "."
                    + method.getAttribute("name"), e);
        }
        List<Element> exceptions = children(method, "exception");
        String exceptionClass = exceptions.isEmpty() ? "" : exceptions.get(0).getAttribute("class");
        String message = exceptions.isEmpty() ? "" : children(exceptions.get(0), "message").stream()
                .map(Element::getTextContent).map(String::strip).findFirst().orElse("");
        return new TestOutcome(testName, className, method.getAttribute("name"), parsed,
                Boolean.parseBoolean(method.getAttribute("is-config")), exceptionClass, message);
    }

    private static List<Element> children(Element parent, String tagName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tagName)) {
                found.add(e);
            }
        }
        return found;
    }

    private static DocumentBuilder secureBuilder() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ThrowingErrorHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IOException("The JDK XML parser cannot be configured securely", e);
        }
    }

    /** Reports problems through the exception only, instead of the default print to standard error. */
    private static final class ThrowingErrorHandler implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not make the results unreadable
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
