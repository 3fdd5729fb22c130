package eu.emso.dmp.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.emso.dmp.server.Main;
import eu.emso.dmp.server.testing.ChildServer;
import eu.emso.dmp.server.testing.TempDirs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A fresh install as its operator meets it: {@code dmp serve} with no users refuses anonymous
 * writes and says in its log how to add a user; {@code dmp user add}, {@code dmp apikey add},
 * {@code dmp user list} and {@code dmp user remove}, run beside the server on its data
 * directory, change who may write from the server's next request.
 */
class ServeWithoutUsersTest {
    private static final String THING = "{\"name\":\"fresh\",\"description\":\"d\"}";
    private static Path dir;
    private static ChildServer server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        dir = TempDirs.create("dmp-fresh");
        server = ChildServer.start(dir.resolve("data"), dir.resolve("server.log"),
                Map.of("DMP_AUTH_WRITES", "authorised"));
        http = new Http(server.url);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        TempDirs.delete(dir);
    }

    /** Runs {@code dmp ARGS} in this JVM with {@code stdin}; returns exit code and standard output. */
    private static String[] dmp(String stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new Main()).execute(args);
            return new String[] {Integer.toString(code), captured.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void anonymousWritesAreRefusedAndTheLogSaysHowToAddAUser() throws Exception {
        assertThat(http.post("Things", THING, null).statusCode()).isEqualTo(401);
        assertThat(Files.readString(dir.resolve("server.log"))).contains("no users yet")
                .contains("./dmp user add NAME --role writer --password-stdin");
        assertThat(http.send("GET", "/v1.1/Things", null, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void usersAddedWhileTheServerRunsWriteUntilRemoved() {
        String[] added = dmp("s3cret-password\n", "user", "add", "operator", "--role", "writer", "--password-stdin",
                "--data", data());
        assertThat(added[0]).as(added[1]).isEqualTo("0");
        assertThat(added[1]).contains("user operator added with role writer");
        String basic = Http.basic("operator", "s3cret-password");
        assertThat(http.post("Things", THING, basic).statusCode()).isEqualTo(201);
        assertThat(dmp("", "user", "list", "--data", data())[1]).contains("operator\tuser\twriter\tall Things");
        assertThat(dmp("", "user", "remove", "operator", "--data", data())[0]).isEqualTo("0");
        assertThat(http.post("Things", THING, basic).statusCode()).isEqualTo(401);
    }

    @Test
    void anApiKeyIsPrintedOnceAndWrites() {
        String[] added = dmp("", "apikey", "add", "ctd-logger", "--role", "writer", "--data", data());
        assertThat(added[0]).isEqualTo("0");
        String key = added[1].strip();
        assertThat(key).startsWith("dmpk_");
        assertThat(http.send("POST", "/v1.1/Things", "application/json", THING, "X-API-Key: " + key).statusCode())
                .isEqualTo(201);
        assertThat(dmp("", "user", "list", "--data", data())[1]).contains("ctd-logger\tapikey\twriter")
                .doesNotContain(key);
    }

    @Test
    void badInputIsNamed() {
        assertThat(dmp("short\n", "user", "add", "x", "--role", "writer", "--password-stdin", "--data", data())[0])
                .isEqualTo("2");
        assertThat(dmp("long-enough\n", "user", "add", "x", "--role", "king", "--password-stdin", "--data", data())[0])
                .isEqualTo("2");
    }
}
