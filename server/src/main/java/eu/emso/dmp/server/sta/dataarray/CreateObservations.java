package eu.emso.dmp.server.sta.dataarray;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.http.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Carries out {@code POST CreateObservations} (OGC 18-088, 13): many Observations in the
 * compact data-array form. Answers 201 with a JSON array holding, for each row in request order,
 * the self link of its Observation or {@code "error: <reason>"}. Each Datastream's rows are
 * written in one transaction through the observation write path (deduplication and quality
 * control included); a malformed body is rejected as a whole (400). Knows no HTTP framework.
 * Thread-safe.
 */
public final class CreateObservations {
    private final Supplier<EntityStore> store;

    public CreateObservations(Supplier<EntityStore> store) {
        this.store = store;
    }

    /**
     * Creates the Observations of the request body {@code body}, read as a stream; {@code root} is
     * the service root URL for self links.
     *
     * @throws IOException when the body cannot be read or is not JSON
     */
    public Reply create(String root, InputStream body) throws IOException {
        List<DataArrayGroup> groups = DataArrayParser.parse(body);
        List<String> answers = new ArrayList<>();
        for (DataArrayGroup g : groups) {
            answers.addAll(new GroupWriter(store.get(), root, g).write());
        }
        return Reply.json(201, out -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                g.writeStartArray();
                for (String a : answers) {
                    g.writeString(a);
                }
                g.writeEndArray();
            }
        });
    }
}
