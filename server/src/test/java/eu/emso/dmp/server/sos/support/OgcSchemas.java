package eu.emso.dmp.server.sos.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The official OGC schemas (SOS 2.0, SWES, O&amp;M 2.0, SensorML 2.0, sampling features, OWS 1.1,
 * ISO 19139) from the {@code org.jvnet.ogc:ogc-schemas} and {@code org.hisrc.w3c:w3c-schemas}
 * jars, with a resolver that maps every {@code http://schemas.opengis.net/} and
 * {@code http://www.w3.org/} (and OASIS, ISO TC 211) schema location onto the class path, so nothing is fetched from the
 * network (a location it cannot map fails the test). 52°North's GetDataAvailability schemas (1.0
 * and 2.0), which no OGC artifact holds, are test resources under {@code waterml2/}, written down
 * from the documents that service serves. Loaded once; thread-safe.
 */
public final class OgcSchemas {
    private static final List<String> ROOTS = List.of("http://schemas.opengis.net/sos/2.0/sos.xsd",
            "http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd",
            "http://schemas.opengis.net/sensorML/2.0/sensorML.xsd",
            "http://schemas.opengis.net/samplingSpatial/2.0/spatialSamplingFeature.xsd",
            "http://waterml2.org/schemas/gda/1.0/gda.xsd", "http://waterml2.org/schemas/gda/2.0/gda.xsd");
    private static final Schema SCHEMA = load();

    private OgcSchemas() {
    }

    /** Validates {@code xml}; throws an AssertionError naming the line and the problem. */
    public static void assertValid(String xml) {
        try {
            Validator v = SCHEMA.newValidator();
            v.setResourceResolver(Resolver.INSTANCE);
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("not valid against the OGC schemas: " + e.getMessage() + "\n"
                    + xml.substring(0, Math.min(xml.length(), 4000)), e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Schema load() {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setResourceResolver(Resolver.INSTANCE);
        Source[] sources = ROOTS.stream().map(u -> {
            StreamSource s = new StreamSource(Resolver.open(u));
            s.setSystemId(u);
            return (Source) s;
        }).toArray(Source[]::new);
        try {
            return f.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load the OGC schemas", e);
        }
    }

    /** Maps schema locations onto the class path. */
    private enum Resolver implements LSResourceResolver {
        INSTANCE;

        @Override
        public LSInput resolveResource(String type, String ns, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            String url = baseUri == null ? systemId : URI.create(baseUri).resolve(systemId).toString();
            return new Input(publicId, url, open(url));
        }

        static InputStream open(String url) {
            String path = url.replaceFirst("^https?://schemas\\.opengis\\.net/", "ogc/")
                    .replaceFirst("^https?://docs\\.oasis-open\\.org/", "oasis/")
                    .replaceFirst("^https?://www\\.isotc211\\.org/", "isotc211/")
                    .replaceFirst("^https?://www\\.w3\\.org/", "w3c/")
                    .replaceFirst("^https?://waterml2\\.org/", "waterml2/");
            URL r = OgcSchemas.class.getClassLoader().getResource(path);
            if (r == null || path.startsWith("http")) {
                throw new IllegalStateException("no offline copy of the schema " + url);
            }
            try {
                return r.openStream();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private record Input(String publicId, String systemId, InputStream byteStream) implements LSInput {
        public java.io.Reader getCharacterStream() { return null; }
        public void setCharacterStream(java.io.Reader r) { }
        public InputStream getByteStream() { return byteStream; }
        public void setByteStream(InputStream s) { }
        public String getStringData() { return null; }
        public void setStringData(String s) { }
        public String getSystemId() { return systemId; }
        public void setSystemId(String s) { }
        public String getPublicId() { return publicId; }
        public void setPublicId(String s) { }
        public String getBaseURI() { return systemId; }
        public void setBaseURI(String s) { }
        public String getEncoding() { return null; }
        public void setEncoding(String s) { }
        public boolean getCertifiedText() { return false; }
        public void setCertifiedText(boolean b) { }
    }
}
