package eu.emso.dmp.server.ogcapi.filter;

import eu.emso.dmp.model.query.Expr;

/** Resolves a CQL2 property name to its path in the query model; throws a 400 for unknown names. */
@FunctionalInterface
public interface Queryables {

    /** The path of {@code name}, e.g. {@code name} or the collection's geometry for {@code geometry}. */
    Expr.Path resolve(String name);
}
