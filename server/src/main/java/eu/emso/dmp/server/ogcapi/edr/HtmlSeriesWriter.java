package eu.emso.dmp.server.ogcapi.edr;

import eu.emso.dmp.server.ogcapi.HtmlView;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * HTML for EDR data queries (OGC 19-086r6, /req/html/content), for people browsing: one table per
 * platform and parameter, a row per value with its time and QARTOD flag, streamed as read; every
 * text escaped. Not thread-safe: one per response.
 */
final class HtmlSeriesWriter implements SeriesWriter {
    private final BufferedWriter w;

    HtmlSeriesWriter(OutputStream out) throws IOException {
        w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>EDR query</title>"
                + "<style>body{font-family:sans-serif;margin:2em}td,th{padding:0 .8em;text-align:right}"
                + "</style></head><body><h1>EDR query</h1>\n");
    }

    @Override
    public void series(Platform p, Platform.Series s, Consumer<Consumer<Value>> values) throws IOException {
        w.write("<h2>" + HtmlView.escape(p.name()) + ": " + HtmlView.escape(s.parameter()) + "</h2>\n<p>at "
                + p.lon() + ", " + p.lat() + "</p>\n<table><caption>" + HtmlView.escape(s.parameter())
                + "</caption><thead><tr><th scope=\"col\">time</th><th scope=\"col\">value</th>"
                + "<th scope=\"col\">QC flag</th></tr></thead><tbody>\n");
        values.accept(v -> {
            try {
                w.write("<tr><td>" + v.time() + "</td><td>" + (Double.isNaN(v.result()) ? "" : Double.toString(v.result()))
                        + "</td><td>" + v.qcFlag() + "</td></tr>\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        w.write("</tbody></table>\n");
    }

    @Override
    public void close() throws IOException {
        w.write("</body></html>\n");
        w.flush();
    }
}
