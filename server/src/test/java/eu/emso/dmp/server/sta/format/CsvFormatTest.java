package eu.emso.dmp.server.sta.format;

import static eu.emso.dmp.server.sta.batch.SharedTestServer.json;
import static eu.emso.dmp.server.sta.batch.SharedTestServer.unique;
import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.sta.batch.SharedTestServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code $resultFormat=CSV}: header of the selected properties, one row per entity, RFC 4180 quoting. */
@ExtendWith(SharedTestServer.Extension.class)
class CsvFormatTest {
    private static SharedTestServer server;
    private static String prefix;
    private static long datastream;

    @BeforeAll
    static void setUp(SharedTestServer s) throws Exception {
        server = s;
        prefix = unique("csv");
        for (String name : List.of("plain", "with, comma", "say \"hi\"", "two\nlines")) {
            String body = "{\"name\": " + quotedName(name) + ", \"description\": \"d\"}";
            assertThat(s.post("Things", body).statusCode()).isEqualTo(201);
        }
        datastream = s.datastream(prefix + "-ds", 1.75, 41.18);
        assertThat(s.post("Datastreams(" + datastream + ")/Observations",
                "{\"phenomenonTime\": \"2024-05-01T00:00:00Z\", \"result\": \"a,b\"}").statusCode()).isEqualTo(201);
    }

    private static String quotedName(String name) {
        return "\"" + (prefix + " " + name).replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Reads RFC 4180 text into records of fields. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }

    @Test
    void writesAHeaderAndOneQuotedRowPerEntity() throws Exception {
        HttpResponse<String> r = server.get("Things?$resultFormat=CSV&$select=name,description&$orderby=id"
                + "&$filter=" + encode("startswith(name, '" + prefix + " ')"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<List<String>> records = parse(r.body());
        assertThat(records.get(0)).containsExactly("name", "description");
        assertThat(records.subList(1, records.size())).extracting(rec -> rec.get(0)).containsExactly(
                prefix + " plain", prefix + " with, comma", prefix + " say \"hi\"", prefix + " two\nlines");
        assertThat(r.body()).contains("\"" + prefix + " say \"\"hi\"\"\"", "\"" + prefix + " with, comma\"")
                .contains(prefix + " plain,d\r\n");
    }

    @Test
    void expandedToOneEntitiesBecomeColumnsNamedByTheirPath() throws Exception {
        HttpResponse<String> r = server.get("Datastreams(" + datastream + ")/Observations?$resultFormat=CSV"
                + "&$select=id,result&$expand=Datastream($select=name)");
        List<List<String>> records = parse(r.body());
        assertThat(records.get(0)).containsExactly("id", "result", "Datastream/name");
        assertThat(records.get(1).get(1)).isEqualTo("a,b");
        assertThat(records.get(1).get(2)).isEqualTo(prefix + "-ds");
        assertThat(r.body()).contains(",\"a,b\",");
    }

    @Test
    void expandedCollectionsCannotBeFlattenedInto400() throws Exception {
        HttpResponse<String> r = server.get("Things?$resultFormat=csv&$expand=Datastreams");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("message").asText()).contains("Datastreams");
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyNeedIt() {
        assertThat(CsvFormat.quoted("13.14")).isEqualTo("13.14");
        assertThat(CsvFormat.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvFormat.quoted("5\" pipe")).isEqualTo("\"5\"\" pipe\"");
        assertThat(CsvFormat.quoted("line\r\nbreak")).isEqualTo("\"line\r\nbreak\"");
        assertThat(CsvFormat.quoted("")).isEmpty();
    }
}
