package eu.emso.dmp.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Raw PostgreSQL text COPY of the generated observations through pgjdbc's {@link CopyManager}:
 * the baseline of the {@code bulk} scenario (into {@value #BASELINE_TABLE}, shaped like our
 * observation table with the same indexes, unpartitioned) and the way FROST-Server's table is
 * filled for the read scenarios (its per-row trigger disabled during the load and the Datastream
 * time ranges it maintains set once afterwards, as an operator bulk-loading FROST would).
 * Stateless; the caller owns the connections.
 */
public final class CopyLoader {
    public static final String BASELINE_TABLE = "bench_copy_baseline";
    private static final int CHUNK = 50_000;

    private CopyLoader() {
    }

    /** COPY into a fresh baseline table in our database; the rate in observations per second. */
    public static double copyBaseline(Connection c, DataSet data, Catalogue ids) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + BASELINE_TABLE);
            s.execute("CREATE TABLE " + BASELINE_TABLE + " (LIKE observations INCLUDING DEFAULTS)");
            s.execute("CREATE UNIQUE INDEX ON " + BASELINE_TABLE
                    + " (datastream_id, phenomenon_time_start, phenomenon_time_end) INCLUDE (id, result_time, result_number, qc_flag)");
            s.execute("CREATE INDEX ON " + BASELINE_TABLE + " (id)");
            s.execute("CREATE INDEX ON " + BASELINE_TABLE + " (feature_id)");
        }
        String sql = "COPY " + BASELINE_TABLE + " (datastream_id, feature_id, phenomenon_time_start, phenomenon_time_end,"
                + " result_time, result_type, result_number, result_string, result_quality, qc_flag) FROM STDIN";
        long start = System.nanoTime();
        long rows = copy(c, sql, data, ids, true);
        return rows / ObservationLoader.seconds(start);
    }

    /** Fills FROST-Server's OBSERVATIONS table; returns the rows written. */
    public static long loadFrost(Connection c, DataSet data, Catalogue ids) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE \"OBSERVATIONS\" DISABLE TRIGGER USER");
        }
        String sql = "COPY \"OBSERVATIONS\" (\"DATASTREAM_ID\", \"FEATURE_ID\", \"PHENOMENON_TIME_START\","
                + " \"PHENOMENON_TIME_END\", \"RESULT_TIME\", \"RESULT_TYPE\", \"RESULT_NUMBER\", \"RESULT_STRING\","
                + " \"RESULT_QUALITY\") FROM STDIN";
        long rows = copy(c, sql, data, ids, false);
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE \"OBSERVATIONS\" ENABLE TRIGGER USER");
            s.execute("UPDATE \"DATASTREAMS\" d SET \"PHENOMENON_TIME_START\" = o.lo, \"PHENOMENON_TIME_END\" = o.hi,"
                    + " \"RESULT_TIME_START\" = o.lo, \"RESULT_TIME_END\" = o.hi FROM (SELECT \"DATASTREAM_ID\" AS id,"
                    + " min(\"PHENOMENON_TIME_START\") AS lo, max(\"PHENOMENON_TIME_END\") AS hi FROM \"OBSERVATIONS\""
                    + " GROUP BY 1) o WHERE d.\"ID\" = o.id");
            s.execute("ANALYZE \"OBSERVATIONS\"");
        }
        return rows;
    }

    private static long copy(Connection c, String sql, DataSet data, Catalogue ids, boolean withFlag)
            throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder chunk = new StringBuilder(CHUNK * 120);
        long rows = 0;
        for (int s = 0; s < data.streams().size(); s++) {
            DataSet.Stream stream = data.streams().get(s);
            String prefix = ids.datastreams().get(s) + "\t" + ids.features().get(stream.thing()) + "\t";
            for (long i = 0; i < stream.count(); i++) {
                String t = stream.time(i).toString();
                String v = Double.toString(stream.value(i));
                chunk.append(prefix).append(t).append('\t').append(t).append('\t').append(t).append("\t0\t")
                        .append(v).append('\t').append(v).append('\t').append(ObservationLoader.QUALITY)
                        .append(withFlag ? "\t1\n" : "\n");
                if (++rows % CHUNK == 0) {
                    copy.copyIn(sql, new StringReader(chunk.toString()));
                    chunk.setLength(0);
                }
            }
        }
        if (chunk.length() > 0) {
            copy.copyIn(sql, new StringReader(chunk.toString()));
        }
        return rows;
    }
}
