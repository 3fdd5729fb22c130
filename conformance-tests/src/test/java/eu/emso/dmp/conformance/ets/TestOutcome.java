package eu.emso.dmp.conformance.ets;

import java.util.Objects;

/**
 * The result of one TestNG method of an executable test suite, as recorded in
 * {@code testng-results.xml}. Immutable.
 *
 * @param testName the suite's {@code <test>} the method ran in, e.g. "Conformance Level 2"
 * @param className fully qualified test class
 * @param methodName the method name, e.g. "createEntities"
 * @param status how it ended
 * @param configuration true for set-up and tear-down methods, which are not tests themselves but
 *     whose failure makes tests skip
 * @param exceptionClass the exception that ended it, empty if none
 * @param message the exception's message, trimmed, empty if none
 */
public record TestOutcome(String testName, String className, String methodName, Status status,
        boolean configuration, String exceptionClass, String message) {

    /** The three ways a TestNG method ends. */
    public enum Status {
        /** It ran and its assertions held. */
        PASS,
        /** It ran and an assertion or exception failed it. */
        FAIL,
        /** It did not run, usually because a set-up method or a method it depends on failed. */
        SKIP
    }

    /** Checks that no component is null. */
    public TestOutcome {
        Objects.requireNonNull(testName, "testName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(methodName, "methodName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(exceptionClass, "exceptionClass");
        Objects.requireNonNull(message, "message");
    }

    /** {@code SimpleClassName.method}, how a developer looks the test up in the suite's source. */
    public String qualifiedMethod() {
        return className.substring(className.lastIndexOf('.') + 1) + "." + methodName;
    }

    /**
     * One line for a failure list: class, method, status and, when present, the exception class
     * and message (line breaks folded into spaces), e.g. {@code Capability1Tests.readEntitiesAndCheckResponse FAIL
     * (java.lang.AssertionError: ... expected [200] but found [404])}.
     */
    public String describe() {
        String kind = configuration ? " [set-up]" : "";
        String cause = exceptionClass.isEmpty() ? ""
                : " (" + exceptionClass + ": " + message.replaceAll("\\s*\\R\\s*", " ") + ")";
        return qualifiedMethod() + kind + " " + status + cause;
    }
}
