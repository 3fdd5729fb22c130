package eu.emso.dmp.server.qc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the QC test classes that share one {@link QcDatabase} (and one FeatureOfInterest) per
 * class: opened before the class's tests, closed after them.
 */
abstract class QcDatabaseTest {
    protected static QcDatabase db;
    protected static long feature;

    @BeforeAll
    static void openDatabase() throws Exception {
        db = new QcDatabase();
        feature = db.feature();
    }

    @AfterAll
    static void closeDatabase() throws Exception {
        if (db != null) {
            db.close();
            db = null;
        }
    }
}
