package eu.emso.dmp.server.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * CSV (RFC 4180, CRLF line ends): a header of {@code #} comment lines with the selection, the
 * platforms and each variable's metadata, then a line of column names {@code TIME,<VAR>,<VAR>_QC,...}
 * and one line per time. An empty cell is no value (or no flag). Not thread-safe.
 */
final class CsvExport implements ExportWriter {
    private static final String EOL = "\r\n";
    private final Writer out;

    CsvExport(OutputStream target, Selection s, ExportRequest r, Extent e) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
        comment("EMSO DMP export, CSV");
        comment("selection: " + Describe.selection(r));
        comment("values: " + e.values() + "; time_coverage: " + e.first() + " / " + e.last());
        comment("qc: <VAR>_QC holds the aggregate QARTOD flag: 1 good, 2 not evaluated, 3 suspect, 4 fail, "
                + "9 missing; empty: none");
        for (Station st : s.stations()) {
            comment("platform " + st.id() + ": name=" + quote(st.name()) + " platform_code=" + quote(st.code())
                    + " latitude=" + num(st.latitude()) + " longitude=" + num(st.longitude()) + " depth=" + num(st.depth()));
        }
        for (Variable v : s.variables()) {
            comment("variable " + v.name() + ": datastream=" + v.datastream() + " platform=" + v.thing()
                    + " long_name=" + quote(v.longName()) + " standard_name=" + quote(v.standardName())
                    + " units=" + quote(v.units()) + " sdn_uom_uri=" + quote(v.unitUri())
                    + " sdn_parameter_uri=" + quote(v.definition()) + " sensor=" + quote(v.sensor().name())
                    + " sensor_serial_number=" + quote(v.sensor().serial()));
        }
        StringBuilder h = new StringBuilder("TIME");
        for (Variable v : s.variables()) {
            h.append(',').append(v.name()).append(',').append(v.name()).append("_QC");
        }
        out.write(h + EOL);
    }

    @Override
    public void row(Row r) throws IOException {
        out.write(r.time().toString());
        double[] v = r.values();
        for (int i = 0; i < v.length; i++) {
            out.write(',');
            if (!Double.isNaN(v[i])) {
                out.write(Double.toString(v[i]));
            }
            out.write(',');
            if (r.flags()[i] > 0) {
                out.write(Integer.toString(r.flags()[i]));
            }
        }
        out.write(EOL);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private void comment(String line) throws IOException {
        out.write("# " + line.replace('\r', ' ').replace('\n', ' ') + EOL);
    }

    private static String quote(String s) {
        return s == null ? "\"\"" : "\"" + s.replace("\"", "'") + "\"";
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "" : Double.toString(d);
    }
}
