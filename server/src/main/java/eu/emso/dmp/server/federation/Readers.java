package eu.emso.dmp.server.federation;

import eu.emso.dmp.server.federation.sta.StaReader;
import java.net.http.HttpClient;
import java.time.Duration;

/** The reader of each source kind: the one place that knows which class reads which kind. */
final class Readers {
    private Readers() {
    }

    /** A new reader of {@code spec}'s remote; {@link UnsupportedOperationException} for a kind not available yet. */
    static RemoteReader of(SourceSpec spec, HttpClient http, Duration timeout) {
        return switch (spec.kind()) {
            case STA -> new StaReader(spec, http, timeout);
            case SOS, ERDDAP -> throw new UnsupportedOperationException("the source kind "
                    + spec.kind().name().toLowerCase(java.util.Locale.ROOT) + " is not available in this version");
        };
    }
}
