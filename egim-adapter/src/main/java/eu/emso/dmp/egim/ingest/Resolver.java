package eu.emso.dmp.egim.ingest;

import eu.emso.dmp.egim.catalogue.CatalogueWriter;
import eu.emso.dmp.egim.catalogue.Instrument;
import eu.emso.dmp.egim.catalogue.Site;
import eu.emso.dmp.egim.parse.Measurement;
import eu.emso.dmp.egim.parse.RawRecord;
import java.util.HashMap;
import java.util.Map;

/**
 * Places the values of one input: finds the instrument of each record in the site's catalogue
 * (by the serial number the data states, else by the instrument that produces this format and
 * measures this parameter in this unit), registers an instrument the catalogue does not know
 * from what the data says, and resolves the Datastream and FeatureOfInterest. Confined to the
 * ingesting thread.
 */
final class Resolver {
    /** Where a value goes. */
    record Target(long datastream, long feature) {
    }

    private final CatalogueWriter catalogue;
    private final Site site;
    private final String format;
    private final Tally tally;
    private final Map<String, Map<String, String>> variables;
    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, Instrument> registered = new HashMap<>();
    private Long feature;

    Resolver(CatalogueWriter catalogue, Site site, String format, Tally tally,
             Map<String, Map<String, String>> variables) {
        this.catalogue = catalogue;
        this.site = site;
        this.format = format;
        this.tally = tally;
        this.variables = variables;
    }

    Site site() {
        return site;
    }

    Target target(RawRecord r, Measurement m) {
        String cacheKey = r.instrument() + "\u0000" + r.sensorId() + "\u0000" + m.parameter() + "\u0000" + m.unit();
        Target t = targets.get(cacheKey);
        if (t == null) {
            t = resolve(r, m);
            targets.put(cacheKey, t);
        }
        return t;
    }

    private Target resolve(RawRecord r, Measurement m) {
        if (feature == null) {
            feature = catalogue.feature(site);
        }
        Instrument inst = instrument(r, m);
        Site.Channel ch = inst.channel(m.parameter(), m.unit(), site.units()).orElse(null);
        Site.Unit unit = ch == null ? null : site.units().get(ch.unit());
        Site.Parameter parameter = site.parameters().getOrDefault(m.parameter(), parameterFromData(m.parameter()));
        boolean catalogued = unit != null && inst.measures(m.parameter(), m.unit(), site.units());
        String variant = "";
        if (!catalogued) {
            unit = new Site.Unit(m.unit().isEmpty() ? "unknown unit" : m.unit(), m.unit(), "");
            variant = ch == null ? "" : "[" + m.unit() + "]";
        }
        long ds = catalogue.datastream(site, inst, parameter, unit, variant);
        return new Target(ds, feature);
    }

    private Instrument instrument(RawRecord r, Measurement m) {
        String serial = r.sensorId();
        if (serial != null && !serial.isBlank()) {
            return site.instrumentById(serial).orElseGet(() -> register(r.instrument(), serial));
        }
        for (Instrument i : site.instruments()) {
            if (r.instrument() != null && r.instrument().equals(i.model()) && i.measures(m.parameter(), m.unit(), site.units())) {
                return i;
            }
        }
        for (Instrument i : site.instruments()) {
            if (i.formats().contains(format) && i.measures(m.parameter(), m.unit(), site.units())) {
                return i;
            }
        }
        for (Instrument i : site.instruments()) {
            if (i.formats().contains(format) && i.channel(m.parameter(), null, site.units()).isPresent()) {
                return i;
            }
        }
        return register(r.instrument(), null);
    }

    private Instrument register(String model, String serial) {
        String k = model + "\u0000" + serial;
        Instrument i = registered.get(k);
        if (i == null) {
            i = Instrument.fromData(model, serial, format);
            registered.put(k, i);
            long id = catalogue.sensor(site, i);
            tally.note("instrument " + i.name() + " is not in the catalogue of platform " + site.id()
                    + ": registered from the data as Sensor " + id);
        }
        return i;
    }

    private Site.Parameter parameterFromData(String code) {
        Map<String, String> a = variables.getOrDefault(code, Map.of());
        String standard = a.getOrDefault("standard_name", "");
        String definition = a.getOrDefault("sdn_parameter_uri", standard.isEmpty() ? ""
                : "http://vocab.nerc.ac.uk/standard_name/" + standard + "/");
        return new Site.Parameter(code, a.getOrDefault("long_name", code), definition, standard);
    }
}
