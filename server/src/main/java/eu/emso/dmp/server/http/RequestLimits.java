package eu.emso.dmp.server.http;

import eu.emso.dmp.server.config.LimitSettings;
import org.eclipse.jetty.server.Handler;

/**
 * The HTTP limits of {@link LimitSettings} as Jetty handlers around the faces, outermost first:
 * the body size limit (413), the per-client write rate (429), the bound on concurrent reads
 * (503). Each answers with the JSON error body of {@link ErrorMapper} and names its setting.
 */
public final class RequestLimits {
    private RequestLimits() {
    }

    /** {@code faces} behind the limits that {@code limits} turns on. */
    public static Handler around(LimitSettings limits, Handler faces) {
        Handler h = faces;
        if (limits.heavyReads() > 0) {
            h = new ReadGate(limits.heavyReads(), limits.heavyWait(), h);
        }
        if (limits.writeRate() > 0) {
            h = new WriteRate(limits.writeRate(), limits.writeBurst(), System::nanoTime, h);
        }
        return new BodyLimit(limits.bodyMax(), h);
    }
}
