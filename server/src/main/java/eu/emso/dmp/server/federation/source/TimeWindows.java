package eu.emso.dmp.server.federation.source;

import eu.emso.dmp.server.federation.RemoteObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Paging by time for remotes that have no row paging (ERDDAP, SOS): the width of each series'
 * next window, adapted from how many rows the last one held so that pages stay near three
 * quarters of the size asked for (plus the row at {@code from} the page before ended with),
 * and the shaping of a window's rows into a page. Not thread safe.
 */
public final class TimeWindows {
    private static final Duration MIN = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofDays(3660);
    private final Map<String, Duration> widths = new HashMap<>();

    /** The width of the next window of {@code series}: the adapted one, else {@code first}. */
    public Duration width(String series, Duration first) {
        return widths.computeIfAbsent(series, k -> clamp(first));
    }

    /** Records that a window of {@code width} held {@code rows} for pages of {@code max}. */
    public void held(String series, Duration width, int rows, int max) {
        long target = Math.max(2, max * 3L / 4 + 1);
        Duration next = rows == 0 ? width.multipliedBy(8)
                : Duration.ofMillis(Math.max(1, (long) (width.toMillis() * ((double) target / rows))));
        widths.put(series, clamp(next));
    }

    /** A first width: {@code step} (the remote's time resolution) times the rows of a page, or a day. */
    public static Duration first(Duration step, int max) {
        return step == null ? Duration.ofDays(1) : clamp(step.multipliedBy(Math.max(1, max * 3L / 4)));
    }

    private static Duration clamp(Duration d) {
        return d.compareTo(MIN) < 0 ? MIN : d.compareTo(MAX) > 0 ? MAX : d;
    }

    /** The observations oldest first, each row the remote repeated once. */
    public static List<RemoteObservation> once(List<RemoteObservation> rows) {
        List<RemoteObservation> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(RemoteObservation::phenomenonStart));
        List<RemoteObservation> out = new ArrayList<>(sorted.size());
        for (RemoteObservation o : sorted) {
            RemoteObservation last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || !(last.phenomenonStart().equals(o.phenomenonStart())
                    && Objects.equals(last.phenomenonEnd(), o.phenomenonEnd()) && Objects.equals(last.result(), o.result())
                    && Objects.equals(last.remoteFlag(), o.remoteFlag()) && Objects.equals(last.latitude(), o.latitude())
                    && Objects.equals(last.longitude(), o.longitude()))) {
                out.add(o);
            }
        }
        return out;
    }

    /** Whether {@code rows} hold a time after {@code from} (any row when {@code from} is null). */
    public static boolean movesOn(List<RemoteObservation> rows, Instant from) {
        return rows.stream().anyMatch(o -> from == null || o.phenomenonStart().isAfter(from));
    }

    /**
     * At most {@code max} of the (sorted) observations, except that a phenomenon time is never
     * split and that a page holds a time after {@code from} when there is one: rows at exactly
     * {@code from} may be new (a watermark) or the end of the page before, so they are kept, and
     * with {@code max} 1 such a page has 2.
     */
    public static List<RemoteObservation> cut(List<RemoteObservation> page, Instant from, int max) {
        int end = Math.min(max, page.size());
        while (end < page.size() && (page.get(end).phenomenonStart().equals(page.get(end - 1).phenomenonStart())
                || from != null && !page.get(end - 1).phenomenonStart().isAfter(from))) {
            end++;
        }
        return end == page.size() ? page : new ArrayList<>(page.subList(0, end));
    }
}
