package eu.emso.dmp.server.federation.erddap;

import eu.emso.dmp.server.federation.RemoteException;
import eu.emso.dmp.server.federation.RemotePlatform;
import eu.emso.dmp.server.federation.RemoteSensor;
import eu.emso.dmp.server.federation.RemoteSeries;
import eu.emso.dmp.server.federation.RemoteUnit;
import eu.emso.dmp.server.federation.RemoteVariable;
import eu.emso.dmp.server.federation.source.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists a dataset's series: one per station × data variable × depth holding values. Costs one
 * request for the stations' positions and one {@code distinct()} request per data variable
 * (which stations and depths have values of it). One use.
 */
final class ErddapSeries {
    static final String MEASUREMENT = "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement";
    private static final List<String> GLOBALS = List.of("title", "summary", "institution", "institution_edmo_code",
            "platform_code", "platform_name", "site_code", "wmo_platform_code", "source", "license", "citation",
            "data_mode", "featureType", "cdm_data_type", "naming_authority", "creator_name", "creator_url",
            "contributor_name", "references", "network");
    private final ErddapSource source;
    private final ErddapInfo info;

    ErddapSeries(ErddapSource source, ErddapInfo info) {
        this.source = source;
        this.info = info;
    }

    List<RemoteSeries> list() throws RemoteException {
        Map<String, RemotePlatform> platforms = platforms();
        String station = info.station();
        String depth = info.axis("depth");
        List<RemoteSeries> out = new ArrayList<>();
        for (ErddapInfo.DataVariable dv : info.data()) {
            List<String> columns = new ArrayList<>();
            if (station != null) {
                columns.add(station);
            }
            if (depth != null) {
                columns.add(depth);
            }
            List<List<String>> where;
            if (columns.isEmpty()) {
                where = List.of(List.of());
            } else {
                ErddapTable t = source.rows(columns, List.of(dv.variable().name() + "!=NaN", "distinct()"));
                where = t.rows();
            }
            for (List<String> w : where) {
                String s = station == null ? null : w.get(0);
                String z = depth == null ? null : w.get(station == null ? 0 : 1);
                RemotePlatform p = platforms.get(s == null ? platformId() : s);
                if (p == null) {
                    p = platform(s == null ? platformId() : s, null, null);
                }
                out.add(series(p, dv, s, z));
            }
        }
        return out;
    }

    private String platformId() {
        String code = info.global().get("platform_code");
        return code != null && !code.isBlank() ? code.strip() : source.query().dataset();
    }

    /** The platforms by station, at their last position. */
    private Map<String, RemotePlatform> platforms() throws RemoteException {
        String station = info.station();
        Map<String, RemotePlatform> out = new LinkedHashMap<>();
        String lat = info.axis("latitude");
        String lon = info.axis("longitude");
        if (lat == null || lon == null) {
            return out;
        }
        List<String> columns = station == null ? List.of(lat, lon) : List.of(station, lat, lon);
        ErddapTable t = source.rows(columns, List.of("distinct()"));
        for (List<String> r : t.rows()) {
            int i = station == null ? 0 : 1;
            String id = station == null ? platformId() : r.get(0);
            out.put(id, platform(id, number(r.get(i)), number(r.get(i + 1))));
        }
        return out;
    }

    private RemotePlatform platform(String id, Double lat, Double lon) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String g : GLOBALS) {
            String v = info.global().get(g);
            if (v != null && !v.isBlank()) {
                props.put(g, v.strip());
            }
        }
        props.put("erddap_dataset", source.query().dataset());
        props.put("erddap_url", source.query().root());
        String title = info.global().getOrDefault("title", source.query().dataset());
        return new RemotePlatform(id, id, title, lat, lon, Map.copyOf(props));
    }

    private RemoteSeries series(RemotePlatform p, ErddapInfo.DataVariable dv, String station, String depth) {
        ErddapInfo.Variable v = dv.variable();
        String p01 = v.attr("sdn_parameter_uri") != null ? v.attr("sdn_parameter_uri")
                : Parameters.uriOfUrn(v.attr("sdn_parameter_urn"));
        if (Parameters.p01Code(p01) == null) {
            p01 = null;
        }
        String standard = v.attr("standard_name");
        String code = Parameters.code(v.name(), p01, standard);
        Map<String, Object> varProps = new LinkedHashMap<>();
        for (String a : List.of("standard_name", "sdn_parameter_urn", "sdn_parameter_name", "long_name")) {
            if (v.attr(a) != null) {
                varProps.put(a, v.attr(a));
            }
        }
        varProps.put("erddap_variable", v.name());
        String description = v.attr("long_name") != null ? v.attr("long_name") : code;
        RemoteVariable variable = new RemoteVariable(v.name(), code, Parameters.definition(p01, standard),
                description, Map.copyOf(varProps));
        String units = v.attr("units") == null ? "" : v.attr("units");
        String uom = v.attr("sdn_uom_uri") != null ? v.attr("sdn_uom_uri") : Parameters.uriOfUrn(v.attr("sdn_uom_urn"));
        RemoteUnit unit = new RemoteUnit(v.attr("sdn_uom_name") != null ? v.attr("sdn_uom_name") : units, units, uom);
        String dataset = source.query().dataset();
        String id = dataset + "/" + p.remoteId() + "/" + v.name() + (depth == null ? "" : "/" + depth);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("erddap_dataset", dataset);
        props.put("erddap_variable", v.name());
        if (dv.qc() != null) {
            props.put("erddap_qc_variable", dv.qc());
        }
        if (station != null) {
            props.put("erddap_station", station);
        }
        if (depth != null) {
            props.put("depth", depth);
        }
        String name = p.remoteId() + " " + code + (depth == null ? "" : " at " + depth + " m");
        return new RemoteSeries(id, name, description + " of " + p.remoteId() + " (ERDDAP " + dataset + ")", p,
                sensor(p, v), variable, unit, MEASUREMENT, Map.copyOf(props));
    }

    /** The instrument: the OceanSITES sensor attributes of the variable when it has them, else the dataset. */
    private RemoteSensor sensor(RemotePlatform p, ErddapInfo.Variable v) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String a : List.of("sensor_model", "sensor_name", "sensor_serial_number", "sensor_manufacturer",
                "sensor_reference")) {
            if (v.attr(a) != null) {
                props.put(a, v.attr(a));
            }
        }
        String serial = v.attr("sensor_serial_number");
        String name = v.attr("sensor_name") != null ? v.attr("sensor_name") : v.attr("sensor_model");
        String dataset = source.query().dataset();
        String id = dataset + "/" + p.remoteId() + (serial != null ? "/" + serial : name != null ? "/" + name : "");
        String metadata = source.query().root() + "/info/" + dataset + "/index.html";
        return new RemoteSensor(id, name != null ? name : dataset + " " + p.remoteId(),
                "instrument of ERDDAP dataset " + dataset, "text/html", metadata, Map.copyOf(props));
    }

    static Double number(String s) {
        if (s == null || s.isBlank() || s.equals("NaN")) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
