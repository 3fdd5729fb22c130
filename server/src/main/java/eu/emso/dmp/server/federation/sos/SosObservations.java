package eu.emso.dmp.server.federation.sos;

import eu.emso.dmp.server.federation.RemoteObservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the {@code om:OM_Observation}s of a GetObservation answer (O&amp;M 2.0, OGC 10-025r1) into
 * remote observations: {@code OM_Measurement} ({@code gml:MeasureType}), count, truth, text and
 * category results, and {@code OM_SWEArrayObservation} whose result is a {@code swe:DataArray} of
 * text-encoded blocks (a time field and a value field, as 52&deg;North writes them). Times given
 * by reference ({@code xlink:href="#phenomenonTime_1"}, as 52&deg;North reuses them) are resolved
 * within the answer; {@code om:resultQuality} gives the remote flag. One instance per answer.
 */
final class SosObservations {
    static final String MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private final Map<String, Instant[]> times = new HashMap<>();
    private final List<RemoteObservation> out = new ArrayList<>();
    private String problem;

    /** The observations read so far. */
    List<RemoteObservation> observations() {
        return out;
    }

    /** Why an observation could not be read, or null. */
    String problem() {
        return problem;
    }

    void add(XmlNode o) {
        Instant[] t = time(o.child("phenomenonTime"));
        XmlNode result = o.child("result");
        if (result == null) {
            problem = "an observation without om:result";
            return;
        }
        XmlNode array = result.find("DataArray");
        if (array != null) {
            array(array, flag(o));
            return;
        }
        if (t == null || t[0] == null) {
            problem = "an observation without a phenomenon time";
            return;
        }
        Instant[] rt = time(o.child("resultTime"));
        XmlNode id = o.child("identifier");
        String remoteId = id != null && !id.text().isEmpty() ? id.text() : o.attr("id");
        Object value = value(result);
        if (value != null) {
            out.add(new RemoteObservation(remoteId, t[0], t[1], rt == null ? null : rt[0], value, flag(o), null, null));
        }
    }

    private static Object value(XmlNode result) {
        String type = String.valueOf(result.attr("type"));
        String text = result.text();
        if (result.attr("nil") != null && result.attr("nil").equals("true") || text.isEmpty() && result.children.isEmpty()) {
            return null;
        }
        if (type.endsWith("boolean")) {
            return Boolean.valueOf(text);
        }
        if (type.endsWith("MeasureType") || type.endsWith("double") || type.endsWith("integer") || type.endsWith("int")
                || (type.equals("null") && NUMBER.matcher(text).matches())) {
            return type.endsWith("integer") || type.endsWith("int") ? (Object) Long.valueOf(text) : Double.valueOf(text);
        }
        XmlNode ref = result;
        if (type.endsWith("ReferenceType") || result.attr("href") != null) {
            return result.attr("title") != null ? result.attr("title") : result.attr("href");
        }
        return ref.text();
    }

    /** The flag of {@code om:resultQuality}: the value of its first quantitative or descriptive result. */
    private static String flag(XmlNode o) {
        XmlNode q = o.child("resultQuality");
        if (q == null) {
            return null;
        }
        XmlNode v = q.find("value");
        String s = v != null ? (v.children.isEmpty() ? v.text() : v.children.get(0).text()) : null;
        if (s == null || s.isEmpty()) {
            s = q.findText("Record");
        }
        return s == null || s.isEmpty() ? null : s;
    }

    private Instant[] time(XmlNode holder) {
        if (holder == null) {
            return null;
        }
        String href = holder.attr("href");
        if (href != null) {
            return times.get(href.startsWith("#") ? href.substring(1) : href);
        }
        XmlNode instant = holder.find("TimeInstant");
        Instant[] t = null;
        String id = null;
        if (instant != null) {
            t = new Instant[] {SosService.time(instant.findText("timePosition")), null};
            id = instant.attr("id");
        }
        XmlNode period = holder.find("TimePeriod");
        if (period != null) {
            t = new Instant[] {SosService.time(period.findText("beginPosition")), SosService.time(period.findText("endPosition"))};
            id = period.attr("id");
        }
        if (t != null && id != null) {
            times.put(id, t);
        }
        return t;
    }

    /** A {@code swe:DataArray}: its fields, text encoding and values. */
    private void array(XmlNode array, String flag) {
        XmlNode record = array.find("DataRecord");
        XmlNode encoding = array.find("TextEncoding");
        XmlNode values = array.child("values");
        if (record == null || encoding == null || values == null) {
            problem = "a swe:DataArray without a DataRecord, a TextEncoding or values";
            return;
        }
        List<XmlNode> fields = record.children("field");
        int time = -1;
        int value = -1;
        for (int i = 0; i < fields.size(); i++) {
            XmlNode f = fields.get(i);
            if (f.find("Time") != null && time < 0) {
                time = i;
            } else if ((f.find("Quantity") != null || f.find("Count") != null) && value < 0) {
                value = i;
            }
        }
        if (time < 0 || value < 0) {
            problem = "a swe:DataArray without a time and a quantity field";
            return;
        }
        String token = encoding.attr("tokenSeparator") == null ? "," : encoding.attr("tokenSeparator");
        String block = encoding.attr("blockSeparator") == null ? "@@" : encoding.attr("blockSeparator");
        for (String b : values.text().split(Pattern.quote(block))) {
            if (b.isBlank()) {
                continue;
            }
            String[] cells = b.strip().split(Pattern.quote(token), -1);
            if (cells.length != fields.size()) {
                problem = "a swe:DataArray block with " + cells.length + " values, not " + fields.size();
                return;
            }
            Instant t = SosService.time(cells[time]);
            if (t == null || !NUMBER.matcher(cells[value].strip()).matches()) {
                continue;
            }
            out.add(new RemoteObservation(null, t, null, null, Double.valueOf(cells[value].strip()), flag, null, null));
        }
    }
}
