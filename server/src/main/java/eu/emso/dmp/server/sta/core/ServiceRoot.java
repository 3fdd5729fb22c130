package eu.emso.dmp.server.sta.core;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.json.Json;
import eu.emso.dmp.server.http.Reply;
import eu.emso.dmp.server.sta.StaConformance;
import eu.emso.dmp.server.sta.StaServerSettings;
import java.util.List;

/**
 * The service root document (OGC 18-088, 9.2.1): the entity sets, and in 1.1 the server
 * settings with the conformance classes computed from those registered. Immutable.
 */
public record ServiceRoot(List<StaConformance> conformance) {

    public ServiceRoot {
        conformance = List.copyOf(conformance);
    }

    Reply reply(Version version, String root) {
        return Reply.json(200, out -> {
            try (JsonGenerator g = Json.factory().createGenerator(out)) {
                g.writeStartObject();
                g.writeArrayFieldStart("value");
                for (EntityType t : EntityType.values()) {
                    g.writeStartObject();
                    g.writeStringField("name", t.setName());
                    g.writeStringField("url", root + "/" + t.setName());
                    g.writeEndObject();
                }
                g.writeEndArray();
                if (version == Version.V11) {
                    g.writeObjectFieldStart("serverSettings");
                    g.writeArrayFieldStart("conformance");
                    for (StaConformance c : conformance) {
                        for (String uri : c.uris()) {
                            g.writeString(uri);
                        }
                    }
                    g.writeEndArray();
                    for (StaConformance c : conformance) {
                        if (c instanceof StaServerSettings extra) {
                            extra.writeSettings(g);
                        }
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
        });
    }
}
