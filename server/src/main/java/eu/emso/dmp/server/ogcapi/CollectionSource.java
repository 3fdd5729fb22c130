package eu.emso.dmp.server.ogcapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A building block that contributes collections to {@code /collections}. */
public interface CollectionSource {

    /** The descriptions of its collections, links made from the landing page URL {@code root}. */
    List<ObjectNode> collections(String root);

    /** Whether {@code id} names one of its collections (it may need to look into the store). */
    boolean serves(String id);
}
