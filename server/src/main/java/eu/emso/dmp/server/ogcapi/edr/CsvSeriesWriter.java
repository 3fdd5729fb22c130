package eu.emso.dmp.server.ogcapi.edr;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * CSV for EDR (RFC 4180): one line per value, {@code platform,parameter,datetime,value,qc_flag,
 * longitude,latitude}, streamed as read.
 */
final class CsvSeriesWriter implements SeriesWriter {
    private final BufferedWriter w;

    CsvSeriesWriter(OutputStream out) throws IOException {
        w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("platform,parameter,datetime,value,qc_flag,longitude,latitude\r\n");
    }

    @Override
    public void series(Platform p, Platform.Series s, Consumer<Consumer<Value>> values) {
        String prefix = quote(p.name()) + "," + quote(s.parameter()) + ",";
        String suffix = "," + p.lon() + "," + p.lat() + "\r\n";
        values.accept(v -> {
            try {
                w.write(prefix + v.time() + "," + (Double.isNaN(v.result()) ? "" : Double.toString(v.result()))
                        + "," + v.qcFlag() + suffix);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String quote(String s) {
        return s == null ? "" : s.matches("[^\",\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() throws IOException {
        w.flush();
    }
}
