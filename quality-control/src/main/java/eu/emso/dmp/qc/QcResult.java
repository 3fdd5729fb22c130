package eu.emso.dmp.qc;

import eu.emso.dmp.qc.flag.QartodFlag;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The flags of a QC run: per point, one QARTOD flag for each test that ran and their aggregate
 * (ioos_qc's {@code qartod_compare}: FAIL &gt; SUSPECT &gt; GOOD &gt; UNKNOWN &gt; MISSING).
 *
 * <p>Immutable and thread safe: arrays are copied when handed out.
 */
public final class QcResult {

    private final Map<QcTest, byte[]> flagsByTest;
    private final byte[] aggregate;

    QcResult(EnumMap<QcTest, byte[]> flagsByTest, byte[] aggregate) {
        this.flagsByTest = new EnumMap<>(flagsByTest);
        this.aggregate = aggregate;
    }

    /** Number of points. */
    public int size() {
        return aggregate.length;
    }

    /** The tests that ran, in {@link QcTest} order. */
    public List<QcTest> tests() {
        return List.copyOf(flagsByTest.keySet());
    }

    /**
     * Flag codes of one test, one per point (a copy).
     *
     * @throws IllegalArgumentException if the test did not run
     */
    public byte[] flags(QcTest test) {
        return codes(test).clone();
    }

    /** Flag of one test at point {@code i}. */
    public QartodFlag flag(QcTest test, int i) {
        return QartodFlag.fromCode(codes(test)[i]);
    }

    /** Aggregate flag codes, one per point (a copy). */
    public byte[] aggregate() {
        return aggregate.clone();
    }

    /** Aggregate flag at point {@code i}. */
    public QartodFlag aggregate(int i) {
        return QartodFlag.fromCode(aggregate[i]);
    }

    private byte[] codes(QcTest test) {
        byte[] codes = flagsByTest.get(test);
        if (codes == null) {
            throw new IllegalArgumentException(test.configName() + " did not run");
        }
        return codes;
    }
}
