package eu.emso.dmp.server.federation.erddap;

import eu.emso.dmp.server.federation.RemoteException;
import eu.emso.dmp.server.federation.RemoteObservation;
import eu.emso.dmp.server.federation.RemotePage;
import eu.emso.dmp.server.federation.RemoteSeries;
import eu.emso.dmp.server.federation.source.TimeWindows;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a series page by page. ERDDAP has no row paging, only constraints, so a page is a time
 * window {@code time>=from&time<from+w} whose width {@code w} is adapted, per series, from the
 * rows the previous window held, to keep pages near three quarters of {@code max} (plus the row at
 * {@code from}, which the page before ended with). A window that
 * brings nothing after {@code from} is followed by one {@code orderByMin("time")} request for the
 * next time with a value, so gaps cost one request and the last page says {@code more=false}.
 * Rows repeated by the remote are returned once. Not thread safe (the window widths).
 */
final class ErddapPages {
    private final ErddapSource source;
    private final ErddapInfo info;
    private final TimeWindows windows = new TimeWindows();

    ErddapPages(ErddapSource source, ErddapInfo info) {
        this.source = source;
        this.info = info;
    }

    RemotePage page(RemoteSeries series, Instant from, int max) throws RemoteException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, not " + max);
        }
        Instant start = from != null ? from : first(series);
        List<RemoteObservation> page = window(series, start, max);
        if (!TimeWindows.movesOn(page, from)) {
            Instant next = next(series, from, start);
            if (next == null) {
                return new RemotePage(page, false);
            }
            page.addAll(window(series, next, max));
        }
        return new RemotePage(TimeWindows.cut(TimeWindows.once(page), from, max), true);
    }

    /** The observations of one window from {@code start}, oldest first, repeats removed; adapts the width. */
    private List<RemoteObservation> window(RemoteSeries series, Instant start, int max) throws RemoteException {
        Duration w = windows.width(series.remoteId(), initial(max));
        Instant end = start.plus(w);
        List<String> where = constraints(series);
        where.add(ErddapQuery.time(">=", start));
        where.add(ErddapQuery.time("<", end));
        String var = variable(series);
        String qc = (String) series.properties().get("erddap_qc_variable");
        List<String> columns = new ArrayList<>(List.of("time", var));
        if (info.axis("latitude") != null && info.axis("longitude") != null) {
            columns.addAll(List.of(info.axis("latitude"), info.axis("longitude")));
        }
        if (qc != null) {
            columns.add(qc);
        }
        ErddapTable t = source.rows(columns, where);
        List<RemoteObservation> out = observations(series, t, var, qc);
        windows.held(series.remoteId(), w, out.size(), max);
        return out;
    }

    private List<RemoteObservation> observations(RemoteSeries series, ErddapTable t, String var, String qc)
            throws RemoteException {
        int time = t.column("time");
        int value = t.column(var);
        int flag = qc == null ? -1 : t.column(qc);
        int lat = t.column(String.valueOf(info.axis("latitude")));
        int lon = t.column(String.valueOf(info.axis("longitude")));
        if (!t.rows().isEmpty() && (time < 0 || value < 0)) {
            throw new RemoteException("the answer for " + series.remoteId() + " lacks the columns time and " + var, true);
        }
        List<RemoteObservation> out = new ArrayList<>();
        for (List<String> r : t.rows()) {
            Double v = ErddapSeries.number(r.get(value));
            if (v == null) {
                continue;
            }
            String f = flag < 0 ? null : r.get(flag).strip();
            Double la = lat < 0 ? null : ErddapSeries.number(r.get(lat));
            Double lo = lon < 0 ? null : ErddapSeries.number(r.get(lon));
            boolean moved = la != null && lo != null && series.platform() != null
                    && (!near(la, series.platform().latitude()) || !near(lo, series.platform().longitude()));
            out.add(new RemoteObservation(null, time(r.get(time), series), null, null, v,
                    f == null || f.isEmpty() || f.equals("NaN") ? null : f, moved ? la : null, moved ? lo : null));
        }
        return TimeWindows.once(out);
    }

    private static boolean near(double a, Double b) {
        return b != null && Math.abs(a - b) < 1e-6;
    }

    private static Instant time(String s, RemoteSeries series) throws RemoteException {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new RemoteException("a time of " + series.remoteId() + " is not ISO 8601: " + s, true, e);
        }
    }

    /** The first time after {@code from} (or at or after {@code start}) with a value, or null. */
    private Instant next(RemoteSeries series, Instant from, Instant start) throws RemoteException {
        List<String> where = constraints(series);
        where.add(from != null ? ErddapQuery.time(">", from) : ErddapQuery.time(">=", start));
        where.add("orderByMin(\"time\")");
        ErddapTable t = source.rows(List.of("time"), where);
        if (t.rows().isEmpty()) {
            return null;
        }
        int time = t.column("time");
        if (time < 0) {
            throw new RemoteException("the answer for " + series.remoteId() + " lacks the column time", true);
        }
        return time(t.rows().get(0).get(time), series);
    }

    private List<String> constraints(RemoteSeries series) {
        List<String> where = new ArrayList<>();
        Object station = series.properties().get("erddap_station");
        if (station != null && info.station() != null) {
            where.add(ErddapQuery.equal(info.station(), station.toString(),
                    !info.variables().get(info.station()).numeric()));
        }
        Object depth = series.properties().get("depth");
        if (depth != null && info.axis("depth") != null) {
            where.add(ErddapQuery.equal(info.axis("depth"), depth.toString(), false));
        }
        where.add(variable(series) + "!=NaN");
        return where;
    }

    private static String variable(RemoteSeries series) {
        return (String) series.properties().get("erddap_variable");
    }

    /** The first time of the dataset: the time variable's {@code actual_range}, else its coverage start. */
    private Instant first(RemoteSeries series) {
        String range = info.variables().get("time").attr("actual_range");
        if (range != null) {
            Double t = ErddapSeries.number(range.split(",")[0].strip());
            if (t != null) {
                return Instant.ofEpochMilli((long) Math.floor(t * 1000));
            }
        }
        String start = info.global().get("time_coverage_start");
        try {
            return start == null ? Instant.EPOCH : Instant.parse(start.strip());
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    /** The first width: {@code time_coverage_resolution} (ISO 8601) a row, else a day a page. */
    private Duration initial(int max) {
        String res = info.global().get("time_coverage_resolution");
        try {
            return TimeWindows.first(res == null ? null : Duration.parse(res.strip()), max);
        } catch (DateTimeParseException | ArithmeticException e) {
            return TimeWindows.first(null, max);
        }
    }
}
