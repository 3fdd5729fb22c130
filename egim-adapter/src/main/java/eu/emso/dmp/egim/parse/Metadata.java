package eu.emso.dmp.egim.parse;

import java.util.Map;
import java.util.Objects;

/**
 * Descriptive metadata found in an input, for the catalogue: a file's global attributes
 * (platform code, site, coordinates, ...) or the attributes of one variable
 * ({@code standard_name}, {@code units}, {@code sdn_parameter_urn}, ...).
 *
 * <p>Metadata accounts for no input unit: the header lines it was read from get their own
 * {@link Skipped} outcomes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lineNumber the line (or unit ordinal) after which the metadata was complete, 0 if none
 * @param scope      {@link #FILE} for file-wide attributes, else the variable name
 * @param attributes attribute name to value, in source order; copied
 */
public record Metadata(long lineNumber, String scope, Map<String, String> attributes) implements ParseEvent {

    /** The scope of file-wide (global) attributes. */
    public static final String FILE = "file";

    /** Copies the attributes. */
    public Metadata {
        Objects.requireNonNull(scope, "scope");
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
