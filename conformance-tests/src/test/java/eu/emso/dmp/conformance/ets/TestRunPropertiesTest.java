package eu.emso.dmp.conformance.ets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The test-run properties file that an OGC executable test suite reads. */
class TestRunPropertiesTest {
    @TempDir
    Path dir;

    @Test
    void writesEachArgumentAsAnEntryWithItsKey() throws Exception {
        Path file = dir.resolve("props.xml");
        String iut = "http://localhost:8080/v1.0?a=1&b=<2>";

        TestRunProperties.write(file, Map.of("iut", iut, "ics", "3"));

        assertThat(entries(file)).containsOnly(Map.entry("iut", iut), Map.entry("ics", "3"));
    }

    @Test
    void usesThePropertiesVocabulary() throws Exception {
        Path file = dir.resolve("props.xml");

        TestRunProperties.write(file, Map.of("ics", "1"));

        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("properties");
        assertThat(root.getElementsByTagName("entry").getLength()).isEqualTo(1);
    }

    @Test
    void leavesOutTheDocumentTypeLineThatWouldMakeTheSuiteGoOnline() throws IOException {
        Path file = dir.resolve("props.xml");

        TestRunProperties.write(file, Map.of("iut", "http://localhost:1/v1.0"));

        assertThat(Files.readString(file)).doesNotContain("DOCTYPE").doesNotContain("http://java.sun.com");
    }

    /** The key-value pairs as the suite reads them: the text of each {@code entry} by its key. */
    private static Map<String, String> entries(Path file) throws Exception {
        NodeList entries = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getElementsByTagName("entry");
        Map<String, String> read = new HashMap<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            read.put(entry.getAttribute("key"), entry.getTextContent());
        }
        return read;
    }
}
