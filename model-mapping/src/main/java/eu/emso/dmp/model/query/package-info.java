/**
 * The query language of OGC SensorThings API 1.1 (OGC 18-088, section 9.3 "Requesting Data"),
 * which follows the OData 4.0 URL conventions: the system query options {@code $filter},
 * {@code $orderby}, {@code $top}, {@code $skip}, {@code $count}, {@code $select},
 * {@code $expand}, {@code $resultFormat} and {@code $skiptoken}.
 *
 * <p>{@link eu.emso.dmp.model.query.QueryParser} turns decoded option text into immutable
 * syntax trees ({@link eu.emso.dmp.model.query.Expr}, {@link eu.emso.dmp.model.query.OrderBy},
 * {@link eu.emso.dmp.model.query.Expand}, {@link eu.emso.dmp.model.query.QueryOptions}).
 * The package knows nothing of SQL, HTTP or which entity properties exist: checking paths
 * against the data model is done later by the component that translates the trees.
 * Malformed input always yields a {@link eu.emso.dmp.model.query.QueryException} naming the
 * option and the 0-based character position of the problem.
 */
package eu.emso.dmp.model.query;
