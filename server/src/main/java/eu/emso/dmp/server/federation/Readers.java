package eu.emso.dmp.server.federation;

import eu.emso.dmp.server.federation.erddap.ErddapReader;
import eu.emso.dmp.server.federation.sos.SosReader;
import eu.emso.dmp.server.federation.sta.StaReader;
import java.net.http.HttpClient;
import java.time.Duration;

/** The reader of each source kind: the one place that knows which class reads which kind. */
final class Readers {
    private Readers() {
    }

    /** A new reader of {@code spec}'s remote. */
    static RemoteReader of(SourceSpec spec, HttpClient http, Duration timeout) {
        return switch (spec.kind()) {
            case STA -> new StaReader(spec, http, timeout);
            case SOS -> new SosReader(spec, http, timeout);
            case ERDDAP -> new ErddapReader(spec, http, timeout);
        };
    }
}
