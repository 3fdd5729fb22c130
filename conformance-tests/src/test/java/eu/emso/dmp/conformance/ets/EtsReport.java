package eu.emso.dmp.conformance.ets;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one run of an executable test suite found: every method outcome, and where the run left
 * its files. Immutable.
 *
 * @param outcomes every test and configuration method, in the order the results list them
 * @param resultsFile the {@code testng-results.xml} read
 * @param consoleLog the file holding the suite's console output
 */
public record EtsReport(List<TestOutcome> outcomes, Path resultsFile, Path consoleLog) {

    /** Copies the outcomes; checks that nothing is null. */
    public EtsReport {
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(resultsFile, "resultsFile");
        Objects.requireNonNull(consoleLog, "consoleLog");
    }

    /** The test methods, without the suite's set-up and tear-down methods. */
    public List<TestOutcome> tests() {
        return outcomes.stream().filter(o -> !o.configuration()).toList();
    }

    /** The simple names of the test classes that contributed at least one test method. */
    public Set<String> testClasses() {
        return tests().stream().map(o -> o.className().substring(o.className().lastIndexOf('.') + 1))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The test method called {@code methodName}, if the suite ran one. */
    public Optional<TestOutcome> test(String methodName) {
        return tests().stream().filter(o -> o.methodName().equals(methodName)).findFirst();
    }

    /**
     * What keeps the run from being a clean pass, apart from the methods named in
     * {@code tolerated}: test methods that failed or were skipped, and set-up or tear-down methods
     * that failed (they explain the skips).
     */
    public List<TestOutcome> problemsExcept(Set<String> tolerated) {
        return outcomes.stream()
                .filter(o -> o.configuration() ? o.status() == TestOutcome.Status.FAIL
                        : o.status() != TestOutcome.Status.PASS)
                .filter(o -> !tolerated.contains(o.methodName()))
                .toList();
    }

    /** A count of test methods by status, e.g. "22 tests: 19 passed, 2 failed, 1 skipped". */
    public String summary() {
        List<TestOutcome> tests = tests();
        return tests.size() + " tests: " + count(tests, TestOutcome.Status.PASS) + " passed, "
                + count(tests, TestOutcome.Status.FAIL) + " failed, " + count(tests, TestOutcome.Status.SKIP)
                + " skipped";
    }

    private static long count(List<TestOutcome> tests, TestOutcome.Status status) {
        return tests.stream().filter(o -> o.status() == status).count();
    }
}
