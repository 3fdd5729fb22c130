package eu.emso.dmp.model.query;

/**
 * Prefix operators of the OData 4.0 / SensorThings API 1.1 filter language: logical
 * {@code not} and arithmetic negation ({@code -}). They bind tighter than every binary
 * operator. Immutable.
 */
public enum UnaryOp {
    /** Logical negation, written {@code not}. */
    NOT,
    /** Arithmetic negation, written {@code -}. */
    NEG
}
