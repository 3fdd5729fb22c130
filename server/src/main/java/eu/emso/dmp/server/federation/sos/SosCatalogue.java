package eu.emso.dmp.server.federation.sos;

import eu.emso.dmp.server.federation.RemoteException;
import eu.emso.dmp.server.federation.RemotePlatform;
import eu.emso.dmp.server.federation.RemoteSensor;
import eu.emso.dmp.server.federation.RemoteSeries;
import eu.emso.dmp.server.federation.RemoteUnit;
import eu.emso.dmp.server.federation.RemoteVariable;
import eu.emso.dmp.server.federation.source.Parameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists a service's series, one per offering × procedure × observed property × feature of
 * interest: from GetCapabilities (offerings, procedures, properties, phenomenon times), then
 * GetDataAvailability when the service offers it (which combinations have data, 52&deg;North's
 * extension) or else GetFeatureOfInterest per procedure, GetFeatureOfInterest for the features'
 * names and positions, and DescribeSensor (SensorML 2.0) per procedure for its names,
 * identifiers and output units. One use.
 */
final class SosCatalogue {
    static final String SENSORML = "http://www.opengis.net/sensorml/2.0";
    private final SosService sos;
    private final Set<String> wanted;

    /** @param offerings the offerings to list, or empty for all */
    SosCatalogue(SosService sos, Set<String> offerings) {
        this.sos = sos;
        this.wanted = offerings;
    }

    private record Offering(String id, List<String> procedures, List<String> properties, String begin, String end) {
    }

    private record Combination(String offering, String procedure, String property, String feature, String begin,
                               String end) {
    }

    private record Feature(String id, String name, String description, Double lat, Double lon) {
    }

    private record Sensor(String name, String description, Map<String, Object> terms, Map<String, String> units) {
    }

    List<RemoteSeries> list() throws RemoteException {
        XmlNode caps = sos.get("GetCapabilities", Map.of("AcceptVersions", "2.0.0"));
        if (caps == null || !caps.name.equals("Capabilities")) {
            throw new RemoteException(sos.endpoint() + " did not answer SOS 2.0 capabilities", false);
        }
        Map<String, Offering> offerings = new LinkedHashMap<>();
        for (XmlNode o : caps.findAll("ObservationOffering")) {
            String id = text(o.child("identifier"));
            if (id != null && (wanted.isEmpty() || wanted.contains(id))) {
                offerings.put(id, new Offering(id, texts(o.children("procedure")),
                        texts(o.children("observableProperty")), periodText(o, "beginPosition"),
                        periodText(o, "endPosition")));
            }
        }
        Set<String> operations = new LinkedHashSet<>();
        caps.findAll("Operation").forEach(op -> operations.add(op.attr("name")));
        Map<String, Feature> features = features(Map.of());
        List<Combination> combinations = operations.contains("GetDataAvailability")
                ? available(offerings) : crossed(offerings);
        Map<String, Sensor> sensors = new HashMap<>();
        List<RemoteSeries> out = new ArrayList<>();
        for (Combination c : combinations) {
            Sensor s = sensors.get(c.procedure());
            if (s == null) {
                s = operations.contains("DescribeSensor") ? describe(c.procedure()) : null;
                s = s != null ? s : new Sensor(c.procedure(), "", Map.of(), Map.of());
                sensors.put(c.procedure(), s);
            }
            Feature f = features.getOrDefault(c.feature(), new Feature(c.feature(), c.feature(), "", null, null));
            out.add(series(c, f, s));
        }
        return out;
    }

    private List<Combination> available(Map<String, Offering> offerings) throws RemoteException {
        XmlNode gda = sos.get("GetDataAvailability", Map.of());
        Map<String, List<String>> byProcedure = new HashMap<>();
        offerings.values().forEach(o -> o.procedures().forEach(
                p -> byProcedure.computeIfAbsent(p, k -> new ArrayList<>()).add(o.id())));
        List<Combination> out = new ArrayList<>();
        for (XmlNode m : gda.findAll("dataAvailabilityMember")) {
            String procedure = href(m.child("procedure"));
            String offering = href(m.child("offering"));
            List<String> of = offering != null ? List.of(offering) : byProcedure.getOrDefault(procedure, List.of());
            for (String o : of) {
                if (offerings.containsKey(o)) {
                    out.add(new Combination(o, procedure, href(m.child("observedProperty")),
                            href(m.child("featureOfInterest")), m.findText("beginPosition"), m.findText("endPosition")));
                }
            }
        }
        return out;
    }

    private List<Combination> crossed(Map<String, Offering> offerings) throws RemoteException {
        List<Combination> out = new ArrayList<>();
        for (Offering o : offerings.values()) {
            for (String p : o.procedures()) {
                for (String f : features(Map.of("procedure", p)).keySet()) {
                    for (String prop : o.properties()) {
                        out.add(new Combination(o.id(), p, prop, f, o.begin(), o.end()));
                    }
                }
            }
        }
        return out;
    }

    private Map<String, Feature> features(Map<String, String> filter) throws RemoteException {
        XmlNode r = sos.get("GetFeatureOfInterest", filter);
        Map<String, Feature> out = new LinkedHashMap<>();
        for (XmlNode f : r.findAll("SF_SpatialSamplingFeature")) {
            String id = text(f.child("identifier"));
            String name = text(f.child("name"));
            Double lat = null;
            Double lon = null;
            String pos = f.findText("pos");
            if (pos != null) {
                String[] c = pos.split("\\s+");
                if (c.length >= 2) {
                    lat = Double.valueOf(c[0]);
                    lon = Double.valueOf(c[1]);
                }
            }
            if (id != null) {
                out.put(id, new Feature(id, name != null ? name : id, java.util.Objects.toString(text(f.child("description")), ""),
                        lat, lon));
            }
        }
        return out;
    }

    /** The procedure's SensorML 2.0 description, or null when the service has none for it. */
    private Sensor describe(String procedure) throws RemoteException {
        XmlNode d;
        try {
            d = sos.get("DescribeSensor", Map.of("procedure", procedure, "procedureDescriptionFormat", SENSORML));
        } catch (RemoteException e) {
            if (e.retryable()) {
                throw e;
            }
            return null;
        }
        XmlNode system = d.find("PhysicalSystem") != null ? d.find("PhysicalSystem") : d.find("PhysicalComponent");
        if (system == null) {
            return null;
        }
        Map<String, Object> terms = new LinkedHashMap<>();
        for (XmlNode t : system.findAll("Term")) {
            String label = text(t.child("label"));
            String value = text(t.child("value"));
            if (label != null && value != null) {
                terms.put(label, value);
            }
        }
        Map<String, String> units = new HashMap<>();
        for (XmlNode q : system.findAll("Quantity")) {
            XmlNode uom = q.child("uom");
            if (q.attr("definition") != null && uom != null && uom.attr("code") != null) {
                units.put(q.attr("definition"), uom.attr("code"));
            }
        }
        String name = text(system.child("name"));
        String description = text(system.child("description"));
        return new Sensor(name != null ? name : procedure, description == null ? "" : description, terms, units);
    }

    private RemoteSeries series(Combination c, Feature f, Sensor s) {
        String p01 = Parameters.p01Code(c.property()) != null ? c.property() : null;
        String tail = c.property().replaceAll("/+$", "");
        tail = tail.substring(Math.max(tail.lastIndexOf('/'), tail.lastIndexOf(':')) + 1);
        String byP01 = Parameters.code(null, p01, null);
        String code = byP01 != null ? byP01 : Parameters.code(tail, null, null);
        RemoteVariable variable = new RemoteVariable(c.property(), code, Parameters.definition(p01, null) != null
                ? Parameters.definition(p01, null) : c.property(), c.property(), Map.of("sos_observable_property", c.property()));
        String uom = s.units().get(c.property());
        RemoteUnit unit = new RemoteUnit(uom == null ? "" : uom, uom == null ? "" : uom, null);
        Map<String, Object> sensorProps = new LinkedHashMap<>(s.terms());
        sensorProps.put("sos_procedure", c.procedure());
        RemoteSensor sensor = new RemoteSensor(c.procedure(), s.name(), s.description(), SENSORML,
                sos.uri("DescribeSensor", Map.of("procedure", c.procedure(), "procedureDescriptionFormat", SENSORML))
                        .toString(), Map.copyOf(sensorProps));
        RemotePlatform platform = new RemotePlatform(f.id(), f.name(), f.description(), f.lat(), f.lon(),
                Map.of("sos_feature_of_interest", f.id(), "sos_url", sos.endpoint()));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("sos_offering", c.offering());
        props.put("sos_procedure", c.procedure());
        props.put("sos_observable_property", c.property());
        props.put("sos_feature_of_interest", c.feature());
        if (c.begin() != null) {
            props.put("sos_phenomenon_begin", c.begin());
        }
        if (c.end() != null) {
            props.put("sos_phenomenon_end", c.end());
        }
        String id = c.offering() + "/" + c.procedure() + "/" + c.property() + "/" + c.feature();
        return new RemoteSeries(id, f.name() + " " + code, code + " of " + s.name() + " at " + f.name() + " (SOS)",
                platform, sensor, variable, unit, SosObservations.MEASUREMENT, Map.copyOf(props));
    }

    private static String periodText(XmlNode offering, String which) {
        XmlNode t = offering.child("phenomenonTime");
        return t == null ? null : t.findText(which);
    }

    private static String text(XmlNode n) {
        return n == null || n.text().isEmpty() ? null : n.text();
    }

    private static String href(XmlNode n) {
        if (n == null) {
            return null;
        }
        return n.attr("href") != null ? n.attr("href") : text(n);
    }

    private static List<String> texts(List<XmlNode> nodes) {
        return nodes.stream().map(SosCatalogue::text).filter(java.util.Objects::nonNull).toList();
    }
}
