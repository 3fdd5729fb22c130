package eu.emso.dmp.qc.config;

/**
 * An invalid QC configuration, naming the offending key as a path such as
 * {@code qartod.spike_test.fail_threshold} or {@code qartod.climatology_test.config[2].vspan}.
 */
public class QcConfigException extends IllegalArgumentException {

    private final String key;

    /**
     * @param key path of the offending key
     * @param problem what is wrong with it
     */
    public QcConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    /** Path of the offending key. */
    public String key() {
        return key;
    }
}
