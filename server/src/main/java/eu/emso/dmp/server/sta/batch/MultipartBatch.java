package eu.emso.dmp.server.sta.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import eu.emso.dmp.server.http.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The multipart/mixed batch format of SensorThings 1.0 (OData 4.0 Protocol 11.7, RFC 2046): each
 * part is an {@code application/http} request, or a nested {@code multipart/mixed} change set
 * whose requests form one atomicity group. A part's {@code Content-ID} is its request id, which
 * later requests of the batch name as {@code $<Content-ID>}. Immutable once read.
 */
final class MultipartBatch {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|[^;\\s]+)");
    private static final Pattern REQUEST_LINE = Pattern.compile("([A-Za-z]+)\\s+(\\S+)(\\s+HTTP/\\d\\.\\d)?");
    private final List<BatchRequest> requests;

    private MultipartBatch(List<BatchRequest> requests) {
        this.requests = List.copyOf(requests);
    }

    /** Reads a batch body sent with {@code contentType} (which names the boundary). */
    static MultipartBatch read(String contentType, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<BatchRequest> out = new ArrayList<>();
        int changeset = 0;
        for (String part : parts(text, boundary(contentType))) {
            Map<String, String> headers = new LinkedHashMap<>();
            String content = headers(part, headers);
            String type = headers.getOrDefault("content-type", "");
            if (type.toLowerCase(Locale.ROOT).startsWith("multipart/mixed")) {
                String group = "changeset" + (++changeset);
                for (String inner : parts(content, boundary(type))) {
                    Map<String, String> innerHeaders = new LinkedHashMap<>();
                    String request = headers(inner, innerHeaders);
                    out.add(request(request, innerHeaders, group, out.size()));
                }
            } else {
                out.add(request(content, headers, null, out.size()));
            }
        }
        return new MultipartBatch(out);
    }

    List<BatchRequest> requests() {
        return requests;
    }

    /** The multipart response to this batch. */
    Reply reply(List<BatchResponse> responses) {
        return MultipartWriter.reply(responses);
    }

    private static String boundary(String contentType) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new BadRequest("a multipart/mixed batch needs a boundary parameter in its Content-Type");
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    /** The bodies of the parts between the delimiters of {@code boundary}. */
    private static List<String> parts(String text, String boundary) {
        String[] pieces = text.split("(\r?\n)?--" + Pattern.quote(boundary), -1);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i];
            if (p.startsWith("--")) {
                return out;
            }
            int nl = p.indexOf('\n');
            out.add(nl < 0 ? "" : p.substring(nl + 1));
        }
        throw new BadRequest("the multipart batch does not end with its closing delimiter --" + boundary + "--");
    }

    /** Reads header lines into {@code out} (names in lower case); returns what follows the blank line. */
    private static String headers(String part, Map<String, String> out) {
        String[] lines = part.split("\r?\n", -1);
        int i = 0;
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                out.put(name, lines[i].substring(colon + 1).trim());
            }
        }
        return i + 1 >= lines.length ? "" : String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
    }

    private static BatchRequest request(String http, Map<String, String> partHeaders, String group, int index) {
        String[] lines = http.stripLeading().split("\r?\n", 2);
        Matcher m = REQUEST_LINE.matcher(lines[0].trim());
        if (!m.matches()) {
            throw new BadRequest("part " + index + " of the batch does not start with a request line such as "
                    + "'GET Things HTTP/1.1'");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String body = lines.length < 2 ? "" : headers(lines[1], headers);
        String contentId = partHeaders.getOrDefault("content-id", headers.get("content-id"));
        String id = contentId != null ? contentId : "part" + index + "#";
        return new BatchRequest(id, group, m.group(1).toUpperCase(Locale.ROOT), m.group(2), json(body, index),
                headers, List.of(), contentId != null);
    }

    private static JsonNode json(String body, int index) {
        if (body.isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body of part " + index + " of the batch is not valid JSON: "
                    + e.getOriginalMessage());
        }
    }
}
