package eu.emso.dmp.server.exports;

import java.util.stream.Collectors;

/** Text describing an export's selection, for file headers and history attributes. Stateless. */
final class Describe {
    private Describe() {
    }

    /** E.g. {@code datastreams=1,2 from=2014-02-01T00:00Z flags=1,2}. */
    static String selection(ExportRequest r) {
        StringBuilder b = new StringBuilder();
        if (r.thing() != null) {
            b.append("thing=").append(r.thing());
        } else {
            b.append("datastreams=").append(r.datastreams().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (r.from() != null) {
            b.append(" from=").append(r.from());
        }
        if (r.to() != null) {
            b.append(" to=").append(r.to());
        }
        b.append(" flags=").append(r.flags().isEmpty() ? "all"
                : r.flags().stream().map(String::valueOf).collect(Collectors.joining(",")));
        return b.toString();
    }

    /** A file name for the export, e.g. {@code OBSEA_20140201-20140228.csv}. */
    static String fileName(Selection s, Extent e, ExportFormat f) {
        String base = s.stations().size() == 1 ? s.stations().get(0).code() : "EMSO";
        base = base.replaceAll("[^A-Za-z0-9_-]+", "_");
        String span = e.first() == null ? "empty" : day(e.first()) + "-" + day(e.last());
        return base + "_" + span + "." + f.extension();
    }

    private static String day(java.time.Instant t) {
        return t.toString().substring(0, 10).replace("-", "");
    }
}
