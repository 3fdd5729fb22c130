package eu.emso.dmp.server.sos.core;

import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sos.Catalogue;
import eu.emso.dmp.server.sos.OwsCode;
import eu.emso.dmp.server.sos.SosException;
import eu.emso.dmp.server.sos.SosHandler;
import eu.emso.dmp.server.sos.SosRequest;
import eu.emso.dmp.server.sos.SosResponse;
import eu.emso.dmp.server.sos.SosService;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * GetCapabilities (OGC 12-006 clause 8.1, requirements /req/core/gc-*): the sections asked for
 * ({@code sections}, default all) after version negotiation ({@code AcceptVersions} must
 * include 2.0.0, else VersionNegotiationFailed).
 */
public final class GetCapabilities implements SosHandler {
    static final Set<String> SECTIONS = Set.of("ServiceIdentification", "ServiceProvider", "OperationsMetadata",
            "FilterCapabilities", "Contents", "All");
    private final Supplier<EntityStore> store;
    private final Supplier<SosService> service;

    /** @param service the service, for the operations it registers */
    public GetCapabilities(Supplier<EntityStore> store, Supplier<SosService> service) {
        this.store = store;
        this.service = service;
    }

    @Override
    public SosResponse handle(SosRequest r) {
        List<String> versions = r.params().list("AcceptVersions");
        if (!versions.isEmpty() && !versions.contains(SosService.VERSION)) {
            throw new SosException(OwsCode.VERSION_NEGOTIATION_FAILED, "AcceptVersions",
                    "this service speaks SOS " + SosService.VERSION + " only, not " + String.join(", ", versions));
        }
        List<String> sections = r.params().list("sections");
        for (String s : sections) {
            if (!SECTIONS.contains(s)) {
                throw SosException.invalid("sections", "'" + s + "' is not a section; use one of " + SECTIONS);
            }
        }
        Set<String> wanted = sections.isEmpty() || sections.contains("All") ? SECTIONS : Set.copyOf(sections);
        Catalogue c = Catalogue.read(store.get());
        CapabilitiesWriter w = new CapabilitiesWriter(c, service.get().operations(), r.serviceUrl());
        return SosResponse.ok(xml -> w.write(xml, wanted));
    }
}
