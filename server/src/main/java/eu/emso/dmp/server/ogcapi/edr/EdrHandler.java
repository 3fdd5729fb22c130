package eu.emso.dmp.server.ogcapi.edr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.emso.dmp.server.http.Reply;
import eu.emso.dmp.server.ogcapi.CollectionSource;
import eu.emso.dmp.server.ogcapi.OgcApiException;
import eu.emso.dmp.server.ogcapi.OgcRequest;
import java.util.List;

/** The EDR resources. Thread-safe. */
public final class EdrHandler implements CollectionSource {
    private final java.util.function.Supplier<? extends eu.emso.dmp.model.store.EntityOperations> store;
    private final int maxValues;

    public EdrHandler(java.util.function.Supplier<? extends eu.emso.dmp.model.store.EntityOperations> store,
                      int maxValues) {
        this.store = store;
        this.maxValues = maxValues;
    }

    @Override
    public List<ObjectNode> collections(String root) {
        return List.of();
    }

    @Override
    public boolean serves(String id) {
        return false;
    }

    public Reply collection(OgcRequest r, String id) {
        throw OgcApiException.notFound("no collection '" + id + "'");
    }

    public Reply items(OgcRequest r, String id) {
        throw OgcApiException.notFound("no collection '" + id + "'");
    }

    public Reply item(OgcRequest r, String id, String fid) {
        throw OgcApiException.notFound("no collection '" + id + "'");
    }

    public Reply query(OgcRequest r, String id, String query, String location) {
        throw OgcApiException.notFound("no collection '" + id + "'");
    }
}
