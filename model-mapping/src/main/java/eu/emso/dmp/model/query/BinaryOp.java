package eu.emso.dmp.model.query;

import java.util.Locale;

/**
 * Binary operators of the OData 4.0 / SensorThings API 1.1 filter language (OGC 18-088,
 * section 9.3.3.5.1, "Built-in Filter Operations").
 *
 * <p>Precedence, highest first: {@code mul div mod}, {@code add sub}, {@code gt ge lt le},
 * {@code eq ne}, {@code and}, {@code or}; all are left associative. Immutable.
 */
public enum BinaryOp {
    EQ, NE, GT, GE, LT, LE, AND, OR, ADD, SUB, MUL, DIV, MOD;

    /** The keyword as written in a filter, lower case, e.g. {@code "ge"}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
