package eu.emso.dmp.server.federation.sos;

import eu.emso.dmp.server.federation.RemoteException;
import eu.emso.dmp.server.federation.RemoteObservation;
import eu.emso.dmp.server.federation.RemotePage;
import eu.emso.dmp.server.federation.RemoteReader;
import eu.emso.dmp.server.federation.RemoteSeries;
import eu.emso.dmp.server.federation.SourceSpec;
import eu.emso.dmp.server.federation.source.Fetch;
import eu.emso.dmp.server.federation.source.TimeWindows;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an SOS 2.0 service over KVP: {@code spec.url()} is its endpoint ({@code .../sos/service},
 * 52&deg;North's {@code .../service}), {@code spec.dataset()} optionally the offerings to read,
 * comma separated.
 *
 * <p>{@link #series()}: one series per offering × procedure × observed property × feature of
 * interest (see {@link SosCatalogue}); cost: GetCapabilities, GetDataAvailability (or one
 * GetFeatureOfInterest per procedure), GetFeatureOfInterest, one DescribeSensor per procedure.
 *
 * <p>{@link #observations}: GetObservation of the series' offering, procedure, observed property
 * and feature with {@code temporalFilter=om:phenomenonTime,from/to}, a window whose width adapts
 * to the series' density as for ERDDAP; windows without data are skipped up to the end of the
 * series' phenomenon time the service announced, then one open window tells whether anything
 * newer came since. Cost: one request per page. OWS exceptions are not retryable; 5xx, timeouts
 * and answers cut off are.
 *
 * <p>Not thread safe (each series' window width): one harvest uses it at a time.
 */
public final class SosReader implements RemoteReader {
    private static final Duration OPEN = Duration.ofDays(36_600);
    private final SosService sos;
    private final Set<String> offerings = new LinkedHashSet<>();
    private final TimeWindows windows = new TimeWindows();

    public SosReader(SourceSpec spec, HttpClient http, Duration timeout) {
        this.sos = new SosService(new Fetch(http, timeout), spec.url());
        if (spec.dataset() != null) {
            for (String o : spec.dataset().split(",")) {
                if (!o.isBlank()) {
                    offerings.add(o.strip());
                }
            }
        }
    }

    @Override
    public List<RemoteSeries> series() throws RemoteException {
        return new SosCatalogue(sos, offerings).list();
    }

    @Override
    public RemotePage observations(RemoteSeries series, Instant from, int max) throws RemoteException {
        if (!(series.properties().get("sos_offering") instanceof String)) {
            throw new IllegalArgumentException("not a series of an SOS source: " + series.remoteId());
        }
        Object beginText = series.properties().get("sos_phenomenon_begin");
        Instant begin = beginText == null ? null : SosService.time(beginText.toString());
        Instant start = from != null ? from : begin != null ? begin : Instant.EPOCH;
        Object endText = series.properties().get("sos_phenomenon_end");
        Instant known = endText == null ? null : SosService.time(endText.toString());
        Instant last = known != null ? known : Instant.now();
        List<RemoteObservation> page = new ArrayList<>();
        for (int step = 0; step < 64; step++) {
            Duration w = windows.width(series.remoteId(), TimeWindows.first(null, max));
            boolean open = start.isAfter(last);
            Instant end = open ? start.plus(OPEN) : start.plus(w);
            List<RemoteObservation> got = window(series, start, end);
            if (!open) {
                windows.held(series.remoteId(), w, got.size(), max);
            }
            page.addAll(got);
            if (TimeWindows.movesOn(page, from)) {
                return new RemotePage(TimeWindows.cut(TimeWindows.once(page), from, max), true);
            }
            if (open) {
                break;
            }
            start = end;
        }
        return new RemotePage(TimeWindows.once(page), false);
    }

    /** The series' observations in {@code [start, end)}. */
    private List<RemoteObservation> window(RemoteSeries s, Instant start, Instant end) throws RemoteException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("offering", (String) s.properties().get("sos_offering"));
        p.put("procedure", (String) s.properties().get("sos_procedure"));
        p.put("observedProperty", (String) s.properties().get("sos_observable_property"));
        p.put("featureOfInterest", (String) s.properties().get("sos_feature_of_interest"));
        p.put("temporalFilter", "om:phenomenonTime," + start + "/" + end);
        p.put("responseFormat", "http://www.opengis.net/om/2.0");
        SosObservations read = new SosObservations();
        String root = sos.stream("GetObservation", p, "OM_Observation", read::add);
        if (!root.equals("GetObservationResponse")) {
            throw new RemoteException("GetObservation of " + sos.endpoint() + " answered " + root, false);
        }
        if (read.problem() != null) {
            throw new RemoteException("GetObservation of " + sos.endpoint() + " for " + s.remoteId() + ": "
                    + read.problem(), true);
        }
        return read.observations().stream()
                .filter(o -> !o.phenomenonStart().isBefore(start) && o.phenomenonStart().isBefore(end)).toList();
    }
}
