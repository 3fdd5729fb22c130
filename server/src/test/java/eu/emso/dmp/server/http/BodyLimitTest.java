package eu.emso.dmp.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The body size limit on a bare Jetty server whose handler answers with the number of bytes it read. */
class BodyLimitTest {
    private static final int MAX = 1 << 20;
    private static Server jetty;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        jetty = new Server();
        jetty.addConnector(new ServerConnector(jetty));
        jetty.setHandler(new BodyLimit(MAX, new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                Content.Source.asString(request, StandardCharsets.ISO_8859_1, org.eclipse.jetty.util.Promise.from(
                        s -> response.write(true, ByteBuffer.wrap(Integer.toString(s.length()).getBytes(StandardCharsets.UTF_8)),
                                callback),
                        x -> {
                            response.setStatus(599);
                            response.write(true, ByteBuffer.wrap(x.toString().getBytes(StandardCharsets.UTF_8)), callback);
                        }));
                return true;
            }
        }));
        jetty.start();
    }

    @AfterAll
    static void stop() throws Exception {
        jetty.stop();
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body, boolean expect) throws Exception {
        URI uri = URI.create("http://localhost:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/");
        return http.send(HttpRequest.newBuilder(uri).expectContinue(expect).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyWithinTheLimitReachesTheHandler() throws Exception {
        assertThat(post(HttpRequest.BodyPublishers.ofByteArray(new byte[MAX]), false).body()).isEqualTo(Integer.toString(MAX));
    }

    @Test
    void aLongerBodyIsAnswered413WithJsonNamingTheSetting() throws Exception {
        HttpResponse<String> r = post(HttpRequest.BodyPublishers.ofByteArray(new byte[64 << 20]), false);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"code\":413", "http.body.max", Integer.toString(64 << 20));
    }

    @Test
    void aLongerBodyAnnouncedWithExpectContinueIsAnswered413WithoutBeingSent() throws Exception {
        // as curl does for large bodies (the JDK 17 client waits forever for a 100 that never comes)
        try (java.net.Socket s = new java.net.Socket("localhost", ((ServerConnector) jetty.getConnectors()[0]).getLocalPort())) {
            s.getOutputStream().write(("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (64 << 20) + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String answer = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void aLongerBodyWithoutALengthIsCutOffWith413() throws Exception {
        byte[] big = new byte[4 << 20];
        HttpResponse<String> r = post(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)), false);
        assertThat(r.statusCode()).as(r.body()).isIn(413, 599);
        assertThat(r.body()).contains("413");
    }
}
