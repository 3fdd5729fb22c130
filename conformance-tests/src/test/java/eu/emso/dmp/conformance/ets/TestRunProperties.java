package eu.emso.dmp.conformance.ets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes the test-run arguments of an OGC executable test suite: a {@link java.util.Properties}
 * XML file ({@code <properties><entry key="iut">…</entry>…</properties>}) as the suites'
 * {@code TestNGController} reads it.
 *
 * <p>The file carries no {@code <!DOCTYPE>} line: the suite's parser would try to fetch the
 * properties DTD from the network, which fails offline. Stateless and thread-safe.
 */
public final class TestRunProperties {
    private TestRunProperties() {
    }

    /** Writes {@code arguments} (e.g. {@code iut} and {@code ics}) to {@code file}, keys sorted. */
    public static void write(Path file, Map<String, String> arguments) throws IOException {
        Document document = newDocument();
        Element properties = document.createElement("properties");
        properties.setAttribute("version", "1.0");
        document.appendChild(properties);
        for (Map.Entry<String, String> argument : new TreeMap<>(arguments).entrySet()) {
            Element entry = document.createElement("entry");
            entry.setAttribute("key", argument.getKey());
            entry.setTextContent(argument.getValue());
            properties.appendChild(entry);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("Cannot write test-run properties " + file, e);
        }
    }

    private static Document newDocument() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IOException("The JDK XML parser cannot be configured", e);
        }
    }
}
