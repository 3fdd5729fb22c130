package eu.emso.dmp.server.federation.erddap;

import eu.emso.dmp.server.federation.RemoteException;
import eu.emso.dmp.server.federation.source.Fetch;
import java.net.URI;
import java.util.List;

/**
 * One ERDDAP dataset over HTTP: its metadata and tables, with ERDDAP's answers classified. An
 * empty result is ERDDAP's error "Your query produced no matching results" (404; 500 in old
 * versions): that is a table of no rows, not a failure. Other 4xx are not retryable (unknown
 * dataset, bad query), 5xx and answers cut off are. Thread safe.
 */
final class ErddapSource {
    static final String NO_MATCH = "Your query produced no matching results";
    private final Fetch fetch;
    private final ErddapQuery query;
    private final boolean json;

    ErddapSource(Fetch fetch, ErddapQuery query) {
        this.fetch = fetch;
        this.query = query;
        this.json = query.ext().equals("json");
    }

    ErddapQuery query() {
        return query;
    }

    ErddapInfo info() throws RemoteException {
        ErddapTable t = table(query.info(), false);
        if (t == null) {
            throw new RemoteException("ERDDAP has no metadata for dataset " + query.dataset(), false);
        }
        try {
            return ErddapInfo.of(t);
        } catch (ErddapTable.Malformed e) {
            throw new RemoteException("dataset " + query.dataset() + ": " + e.getMessage(), false, e);
        }
    }

    /** The rows of {@code columns} under {@code constraints}; an empty table when none match. */
    ErddapTable rows(List<String> columns, List<String> constraints) throws RemoteException {
        ErddapTable t = table(query.table(columns, constraints), true);
        return t != null ? t : new ErddapTable(columns, List.of(), List.of());
    }

    private ErddapTable table(URI uri, boolean unitsRow) throws RemoteException {
        Fetch.Response r = fetch.get(uri, json ? "application/json" : "text/csv");
        if (!r.ok() && r.body() != null && r.body().contains(NO_MATCH)) {
            return null;
        }
        if (!r.ok()) {
            throw r.error();
        }
        try {
            return json ? ErddapTable.json(r.body()) : ErddapTable.csv(r.body(), unitsRow);
        } catch (ErddapTable.Malformed e) {
            throw new RemoteException(uri + ": " + e.getMessage(), true, e);
        }
    }
}
