package eu.emso.dmp.model.store;

/**
 * A translated expression and its type.
 *
 * @param type  the SQL-level type
 * @param sql   the expression; for {@link SqlType#TIME_RANGE} its start
 * @param end   for {@link SqlType#TIME_RANGE}: the end (equal to the start for instants)
 * @param alias for {@link SqlType#RESULT}: the alias of the observation row
 */
record Typed(SqlType type, Sql sql, Sql end, String alias) {

    static Typed of(SqlType type, Sql sql) {
        return new Typed(type, sql, null, null);
    }

    static Typed range(Sql start, Sql end) {
        return new Typed(SqlType.TIME_RANGE, start, end, null);
    }

    static Typed result(String alias) {
        return new Typed(SqlType.RESULT, new Sql(alias + ".result_number"), null, alias);
    }

    /** The SQL types expressions take while translated. */
    enum SqlType {
        NUMBER, TEXT, BOOLEAN, TIME, TIME_OF_DAY, TIME_RANGE, DURATION, GEOMETRY, NULL,
        /** A value inside a JSON document: its JSON type is known only per row. */
        JSON,
        /** An Observation's result: number, string, boolean or JSON per row. */
        RESULT
    }
}
