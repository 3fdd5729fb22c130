package eu.emso.dmp.server.ogcapi.filter;

import eu.emso.dmp.model.query.Expr;
import eu.emso.dmp.server.ogcapi.OgcApiException;
import eu.emso.dmp.server.ogcapi.crs.Crs;

/**
 * The {@code filter}, {@code filter-lang} and {@code filter-crs} parameters (OGC 19-079,
 * /req/filter/filter-param, /req/filter/filter-lang-param, /req/filter/filter-crs-param).
 */
public final class FilterParam {
    /** The languages accepted in {@code filter-lang}. */
    public static final String TEXT = "cql2-text";
    public static final String JSON = "cql2-json";

    private FilterParam() {
    }

    /** The condition of {@code filter}, or null when none; 400 when it or its language is bad. */
    public static Expr parse(String filter, String lang, String crs, Queryables queryables) {
        if (filter == null) {
            return null;
        }
        if (Crs.of(crs, "filter-crs") != Crs.CRS84) {
            throw OgcApiException.invalidParameter("filter-crs", "filters take CRS84 coordinates only");
        }
        String l = lang == null ? TEXT : lang;
        return switch (l) {
            case TEXT -> Cql2Text.parse(filter, queryables);
            case JSON -> Cql2Json.parse(filter, queryables);
            default -> throw OgcApiException.invalidParameter("filter-lang", "'" + l + "' is not one of cql2-text, cql2-json");
        };
    }
}
