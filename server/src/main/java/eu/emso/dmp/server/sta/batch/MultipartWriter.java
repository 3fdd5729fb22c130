package eu.emso.dmp.server.sta.batch;

import eu.emso.dmp.server.http.Reply;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes the multipart/mixed response of a batch (OData 4.0 Protocol 11.7.4): one
 * {@code application/http} part per request, a nested {@code multipart/mixed} part per
 * successful change set (its parts carry the {@code Content-ID}s), and for a failed change set
 * a single part with the failing request's response. Stateless.
 */
final class MultipartWriter {
    private static final String CRLF = "\r\n";

    private MultipartWriter() {
    }

    static Reply reply(List<BatchResponse> responses) {
        String boundary = "batchresponse_" + UUID.randomUUID();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < responses.size(); ) {
            String group = responses.get(i).request().atomicityGroup();
            int end = i + 1;
            while (group != null && end < responses.size()
                    && group.equals(responses.get(end).request().atomicityGroup())) {
                end++;
            }
            sb.append("--").append(boundary).append(CRLF);
            if (group == null) {
                part(sb, responses.get(i));
            } else {
                changeset(sb, responses.subList(i, end));
            }
            i = end;
        }
        sb.append("--").append(boundary).append("--").append(CRLF);
        String text = sb.toString();
        return new Reply(200, "multipart/mixed; boundary=" + boundary, Map.of(), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }

    private static void changeset(StringBuilder sb, List<BatchResponse> members) {
        BatchResponse failure = members.stream().filter(r -> !r.succeeded() && r.status() != Replies.FAILED_DEPENDENCY)
                .findFirst().orElse(members.stream().filter(r -> !r.succeeded()).findFirst().orElse(null));
        if (failure != null) {
            part(sb, failure);
            return;
        }
        String boundary = "changesetresponse_" + UUID.randomUUID();
        sb.append("Content-Type: multipart/mixed; boundary=").append(boundary).append(CRLF).append(CRLF);
        for (BatchResponse r : members) {
            sb.append("--").append(boundary).append(CRLF);
            part(sb, r);
        }
        sb.append("--").append(boundary).append("--").append(CRLF);
    }

    private static void part(StringBuilder sb, BatchResponse r) {
        sb.append("Content-Type: application/http").append(CRLF);
        sb.append("Content-Transfer-Encoding: binary").append(CRLF);
        if (r.request().referable()) {
            sb.append("Content-ID: ").append(r.request().id()).append(CRLF);
        }
        sb.append(CRLF).append("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append(CRLF);
        r.headers().forEach((k, v) -> sb.append(k).append(": ").append(v).append(CRLF));
        if (r.body() != null) {
            sb.append("Content-Type: ").append(Objects.requireNonNullElse(r.contentType(), "text/plain")).append(CRLF);
        }
        sb.append(CRLF);
        if (r.body() != null) {
            sb.append(r.body()).append(CRLF);
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 424 -> "Failed Dependency";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "";
        };
    }
}
