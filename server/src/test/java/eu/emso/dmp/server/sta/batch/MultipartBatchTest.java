package eu.emso.dmp.server.sta.batch;

import static eu.emso.dmp.server.sta.batch.SharedTestServer.json;
import static eu.emso.dmp.server.sta.batch.SharedTestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The multipart/mixed batch format of SensorThings 1.0 (OData 4.0 Protocol 11.7): change sets and Content-ID. */
@ExtendWith(SharedTestServer.Extension.class)
class MultipartBatchTest {
    private static final String TYPE = "multipart/mixed; boundary=batch_36522ad7";
    private static SharedTestServer server;

    @BeforeAll
    static void setUp(SharedTestServer s) {
        server = s;
    }

    private static String part(String contentId, String requestLine, String body) {
        return "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n"
                + (contentId == null ? "" : "Content-ID: " + contentId + "\r\n") + "\r\n"
                + requestLine + "\r\n" + (body == null ? "\r\n" : "Content-Type: application/json\r\n\r\n" + body + "\r\n");
    }

    private static String changeset(String boundary, String... parts) {
        StringBuilder sb = new StringBuilder("Content-Type: multipart/mixed; boundary=" + boundary + "\r\n\r\n");
        for (String p : parts) {
            sb.append("--").append(boundary).append("\r\n").append(p);
        }
        return sb.append("--").append(boundary).append("--\r\n").toString();
    }

    private static String batch(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            sb.append("--batch_36522ad7\r\n").append(p);
        }
        return sb.append("--batch_36522ad7--\r\n").toString();
    }

    private static long count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static long countThings(String name) throws Exception {
        String filter = URLEncoder.encode("name eq '" + name + "'", StandardCharsets.UTF_8).replace("+", "%20");
        return json(server.get("Things?$count=true&$filter=" + filter)).get("@iot.count").asLong();
    }

    @Test
    void aChangeSetCreatesEntitiesThatLaterRequestsReferenceByContentId() throws Exception {
        String name = unique("mp");
        String body = batch(
                part(null, "GET Things?$top=1 HTTP/1.1", null),
                changeset("changeset_77162fcd",
                        part("1", "POST Things HTTP/1.1", "{\"name\": \"" + name + "\", \"description\": \"d\"}"),
                        part("2", "POST $1/Locations HTTP/1.1", "{\"name\": \"l\", \"description\": \"l\", "
                                + "\"encodingType\": \"application/geo+json\", "
                                + "\"location\": {\"type\": \"Point\", \"coordinates\": [1.75, 41.18]}}")));
        HttpResponse<String> r = server.post("v1.0", "$batch", TYPE, body);
        assertThat(r.statusCode()).isEqualTo(200);
        Matcher boundary = Pattern.compile("multipart/mixed;\\s*boundary=(\\S+)")
                .matcher(r.headers().firstValue("Content-Type").orElse(""));
        assertThat(boundary.find()).isTrue();
        assertThat(r.body()).startsWith("--" + boundary.group(1) + "\r\n").endsWith("--" + boundary.group(1) + "--\r\n");
        assertThat(r.body()).contains("HTTP/1.1 200 OK");
        assertThat(count(Pattern.compile("HTTP/1.1 201 Created"), r.body())).isEqualTo(2);
        assertThat(r.body()).contains("Content-ID: 1", "Content-ID: 2", "Location: " + server.root("v1.0") + "/Things(");
        assertThat(countThings(name)).isEqualTo(1);
        String filter = URLEncoder.encode("Things/name eq '" + name + "'", StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(json(server.get("Locations?$filter=" + filter)).get("value")).hasSize(1);
    }

    @Test
    void aFailedChangeSetIsRolledBackAndAnsweredWithOneErrorResponse() throws Exception {
        String name = unique("mp-fail");
        String body = batch(changeset("cs_1",
                part("a", "POST Things HTTP/1.1", "{\"name\": \"" + name + "\", \"description\": \"d\"}"),
                part("b", "POST Things HTTP/1.1", "{\"name\": \"" + name + "\"}")));
        HttpResponse<String> r = server.post("v1.0", "$batch", TYPE, body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("HTTP/1.1 400 Bad Request").doesNotContain("201 Created");
        assertThat(count(Pattern.compile("Content-Type: application/http"), r.body())).isEqualTo(1);
        assertThat(countThings(name)).isZero();
    }

    @Test
    void bareLineFeedsAreAcceptedAsLineEnds() throws Exception {
        String name = unique("mp-lf");
        String body = batch(part(null, "POST Things HTTP/1.1", "{\"name\": \"" + name + "\", \"description\": \"d\"}"))
                .replace("\r\n", "\n");
        HttpResponse<String> r = server.post("v1.0", "$batch", TYPE, body);
        assertThat(r.body()).contains("HTTP/1.1 201 Created");
        assertThat(countThings(name)).isEqualTo(1);
    }

    @Test
    void aMultipartBatchWithoutBoundaryOrClosingDelimiterIsRejected() throws Exception {
        assertThat(server.post("v1.0", "$batch", "multipart/mixed", batch(part(null, "GET Things HTTP/1.1", null)))
                .statusCode()).isEqualTo(400);
        assertThat(server.post("v1.0", "$batch", TYPE, "--batch_36522ad7\r\n" + part(null, "GET Things HTTP/1.1", null))
                .statusCode()).isEqualTo(400);
        assertThat(server.post("v1.0", "$batch", TYPE, batch(part(null, "nonsense", null))).statusCode())
                .isEqualTo(400);
    }
}
