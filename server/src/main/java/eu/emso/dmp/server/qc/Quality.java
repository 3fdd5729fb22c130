package eu.emso.dmp.server.qc;

import eu.emso.dmp.model.store.ObservationRow;
import eu.emso.dmp.model.store.QcColumns;
import eu.emso.dmp.model.store.QualityUpdate;
import eu.emso.dmp.model.store.StoredObservation;
import eu.emso.dmp.qc.flag.QartodFlag;

/**
 * The quality information of one observation in the compact form the store keeps
 * ({@link QcColumns}): the aggregate flag for the indexed {@code qc_flag} column, the flag of each
 * test that ran, the configuration version, and the other members of {@code resultQuality} (what
 * the source said, {@link SourceQuality}, and a configuration error). Read back, it is
 * {@code {"qc_flag": <aggregate>, "qartod": {"<test>": <flag>, ...}, "qc_config": "<version>", ...}}.
 * Immutable.
 *
 * @param flag   the aggregate QARTOD flag code
 * @param tests  the flag of each test that ran, packed by {@link QcColumns#pack}
 * @param config the configuration version as a number ({@link QcColumns#version}), or null
 * @param extra  the other members as a JSON object text, or null
 */
record Quality(short flag, int tests, Long config, String extra) {
    private static final short UNKNOWN = QartodFlag.UNKNOWN.code();

    /**
     * The flags of point {@code i}: {@code slots[t]} is the storage slot of test {@code t},
     * {@code perTest[t]} its flag codes and {@code aggregate} the aggregate codes of every point.
     */
    static Quality evaluated(long config, int[] slots, byte[][] perTest, byte[] aggregate, int i,
                             SourceQuality source) {
        int tests = 0;
        for (int t = 0; t < slots.length; t++) {
            tests = QcColumns.pack(tests, slots[t], perTest[t][i]);
        }
        return new Quality(aggregate[i], tests, config, object(source.members()));
    }

    /** Not evaluated (no configuration, an unusable one, or a result that is not a number): flag 2. */
    static Quality unevaluated(EffectiveConfig config, SourceQuality source) {
        String members = source.members();
        if (config.error() != null) {
            members = ",\"qc_config_error\":" + quoted(config.error()) + members;
        }
        return new Quality(UNKNOWN, 0, null, object(members));
    }

    /** {@code row} carrying this quality. */
    ObservationRow applyTo(ObservationRow row) {
        return row.withQc(flag, tests, config, extra);
    }

    /** The update that gives the stored observation of {@code point} in {@code datastreamId} this quality. */
    QualityUpdate updateOf(long datastreamId, QcPoint point) {
        return new QualityUpdate(datastreamId, point.start(), point.end(), flag, tests, config, extra);
    }

    /** The update that gives {@code stored} this quality. */
    QualityUpdate updateOf(StoredObservation stored) {
        return QualityUpdate.of(stored, flag, tests, config, extra);
    }

    /** Members (each preceded by a comma) as a JSON object; null when there are none. */
    private static String object(String members) {
        return members.isEmpty() ? null : "{" + members.substring(1) + "}";
    }

    private static String quoted(String s) {
        return eu.emso.dmp.model.json.Json.mapper().getNodeFactory().textNode(s).toString();
    }
}
