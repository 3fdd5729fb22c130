package eu.emso.dmp.conformance.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.emso.dmp.conformance.ets.TestOutcome.Status;

/**
 * Reading TestNG results. The fixture is the unmodified {@code testng-results.xml} that ets-sta10
 * 1.5 wrote at level 3 against a service that had a service root and nothing else; its root
 * element counts 22 tests: 2 passed, 4 failed, 16 skipped.
 */
class TestNgResultsTest {
    private static final String FIXTURE = "root-only-service-testng-results.xml";

    @TempDir
    Path dir;

    @Test
    void countsTestMethodsAsTestNgDoesWithoutSetUpMethods() throws Exception {
        EtsReport report = fixtureReport();

        assertThat(report.tests()).hasSize(22);
        assertThat(report.summary()).isEqualTo("22 tests: 2 passed, 4 failed, 16 skipped");
        assertThat(report.testClasses()).containsExactlyInAnyOrder("Capability1Tests", "Capability2Tests",
                "Capability3Tests");
    }

    @Test
    void keepsClassMethodStatusAndExceptionMessageOfEachTest() throws Exception {
        EtsReport report = fixtureReport();

        assertThat(report.test("checkServiceRootUri")).get()
                .extracting(TestOutcome::status, TestOutcome::exceptionClass).containsExactly(Status.PASS, "");
        TestOutcome failed = report.test("readEntitiesAndCheckResponse").orElseThrow();
        assertThat(failed.testName()).isEqualTo("Conformance Level 1");
        assertThat(failed.className()).isEqualTo("org.opengis.cite.sta10.sensingCore.Capability1Tests");
        assertThat(failed.status()).isEqualTo(Status.FAIL);
        assertThat(failed.exceptionClass()).isEqualTo("java.lang.AssertionError");
        assertThat(failed.message()).isEqualTo("Error during getting entities: THING expected [200] but found [404]");
        assertThat(failed.describe()).isEqualTo("Capability1Tests.readEntitiesAndCheckResponse FAIL"
                + " (java.lang.AssertionError: Error during getting entities: THING expected [200] but found [404])");
    }

    @Test
    void problemsListFailuresSkipsAndFailedSetUpButNotToleratedTests() throws Exception {
        EtsReport report = fixtureReport();

        List<TestOutcome> problems = report.problemsExcept(Set.of("checkQueriesPriorityOrdering"));

        assertThat(problems).extracting(TestOutcome::methodName)
                .contains("readEntitiesAndCheckResponse", "createEntities", "obtainTestSubject")
                .doesNotContain("checkServiceRootUri", "readNonexistentEntity", "checkQueriesPriorityOrdering");
        assertThat(problems).filteredOn(TestOutcome::configuration)
                .allSatisfy(o -> assertThat(o.status()).isEqualTo(Status.FAIL))
                .anySatisfy(o -> assertThat(o.message()).contains("A JSONObject text must begin with '{'"));
        assertThat(problems).extracting(TestOutcome::describe).allSatisfy(line -> assertThat(line).doesNotContain("\n"))
                .contains("Capability2Tests.obtainTestSubject [set-up] FAIL (java.lang.AssertionError: An Exception"
                        + " occurred during testing!: A JSONObject text must begin with '{' at 0 [character 1 line 1]"
                        + " [Request] http://localhost:18765/v1.0/Observations)");
        int passed = 2;
        int tolerated = 1;
        assertThat(problems).filteredOn(o -> !o.configuration()).hasSize(22 - passed - tolerated);
    }

    @Test
    void refusesDocumentTypeDeclarationsSoNoExternalEntityIsRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "do-not-leak");
        Path file = Files.writeString(dir.resolve("evil.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE testng-results [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<testng-results><suite name=\"s\"><test name=\"t\"><class name=\"C\">"
                + "<test-method name=\"m\" status=\"FAIL\"><exception class=\"E\"><message>&leak;</message>"
                + "</exception></test-method></class></test></suite></testng-results>");

        assertThatThrownBy(() -> TestNgResults.parse(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("do-not-leak");
    }

    @Test
    void rejectsAFileThatIsNotTestNgResults() throws IOException {
        Path file = Files.writeString(dir.resolve("other.xml"), "<testsuite name=\"junit\"/>");

        assertThatThrownBy(() -> TestNgResults.parse(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("<testsuite>");
    }

    @Test
    void rejectsAnUnknownStatusInsteadOfCountingItAsPassed() throws IOException {
        Path file = Files.writeString(dir.resolve("odd.xml"), "<testng-results><suite name=\"s\">"
                + "<test name=\"t\"><class name=\"a.C\"><test-method name=\"m\" status=\"MAYBE\"/></class>"
                + "</test></suite></testng-results>");

        assertThatThrownBy(() -> TestNgResults.parse(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("MAYBE").hasMessageContaining("a.C.m");
    }

    private static EtsReport fixtureReport() throws IOException, URISyntaxException {
        Path file = Path.of(TestNgResultsTest.class.getResource(FIXTURE).toURI());
        return new EtsReport(TestNgResults.parse(file), file, file.resolveSibling("none.log"));
    }
}
