package eu.emso.dmp.server.qc;

import eu.emso.dmp.qc.flag.QartodFlag;

/**
 * The quality information of one observation: the {@code resultQuality} JSON and the aggregate
 * flag for the indexed {@code qc_flag} column, always equal to {@code resultQuality.qc_flag}.
 * The JSON is
 * {@code {"qc_flag": <aggregate>, "qartod": {"<test>": <flag>, ...}, "qc_config": "<version>", ...}}
 * followed by what the source said ({@link SourceQuality}). Immutable.
 *
 * @param json the {@code resultQuality} text
 * @param flag the aggregate QARTOD flag code
 */
record Quality(String json, short flag) {
    private static final short UNKNOWN = QartodFlag.UNKNOWN.code();

    /**
     * The flags of point {@code i}: {@code names[t]} is the ioos_qc name of test {@code t},
     * {@code perTest[t]} its flag codes and {@code aggregate} the aggregate codes of every point.
     */
    static Quality evaluated(String version, String[] names, byte[][] perTest, byte[] aggregate, int i,
                             SourceQuality source) {
        StringBuilder sb = new StringBuilder(160).append("{\"qc_flag\":").append(aggregate[i]).append(",\"qartod\":{");
        for (int t = 0; t < names.length; t++) {
            sb.append(t == 0 ? "\"" : ",\"").append(names[t]).append("\":").append(perTest[t][i]);
        }
        sb.append("},\"qc_config\":\"").append(version).append('"').append(source.members()).append('}');
        return new Quality(sb.toString(), aggregate[i]);
    }

    /** Not evaluated (no configuration, an unusable one, or a result that is not a number): flag 2. */
    static Quality unevaluated(EffectiveConfig config, SourceQuality source) {
        StringBuilder sb = new StringBuilder(64).append("{\"qc_flag\":2,\"qartod\":{}");
        if (config.error() != null) {
            sb.append(",\"qc_config_error\":").append(quoted(config.error()));
        }
        return new Quality(sb.append(source.members()).append('}').toString(), UNKNOWN);
    }

    private static String quoted(String s) {
        return eu.emso.dmp.model.json.Json.mapper().getNodeFactory().textNode(s).toString();
    }
}
