/**
 * The QARTOD real-time tests as pure functions over primitive arrays, with the semantics of the
 * reference implementation ioos_qc 2.x ({@code ioos_qc/qartod.py}): gross range, climatology,
 * spike, rate of change and flat line, each with its immutable configuration record.
 *
 * <p>Every test takes parallel arrays (times in epoch milliseconds, values, depths) and returns a
 * new {@code byte[]} of {@link eu.emso.dmp.qc.flag.QartodFlag} codes of the same length. A value
 * that is NaN or infinite is missing, as numpy's {@code masked_invalid} makes it in the reference.
 * No test allocates per point or boxes values; all are stateless and thread safe.
 */
package eu.emso.dmp.qc.qartod;
