package eu.emso.dmp.egim.ingest;

import eu.emso.dmp.egim.parse.AanderaaOptodeParser;
import eu.emso.dmp.egim.parse.AzoresEgimCsvParser;
import eu.emso.dmp.egim.parse.EcoNtuParser;
import eu.emso.dmp.egim.parse.EmsodevJsonParser;
import eu.emso.dmp.egim.parse.FormatParser;
import eu.emso.dmp.egim.parse.Formats;
import eu.emso.dmp.egim.parse.OceanSitesCsvParser;
import eu.emso.dmp.egim.parse.OceanSitesNetcdfParser;
import eu.emso.dmp.egim.parse.Sbe37AsciiParser;
import eu.emso.dmp.egim.parse.Sbe54XmlParser;
import java.util.List;
import java.util.Map;

/** Makes the parser of a format from an ingest request's options. Stateless. */
public final class Parsers {
    /** The formats that can be ingested. */
    public static final List<String> FORMATS = List.of(Formats.SBE37_ASCII, Formats.AANDERAA_OPTODE,
            Formats.SBE54_XML, Formats.ECO_NTU, Formats.AZORES_EGIM_CSV, Formats.OCEANSITES_CSV,
            Formats.OCEANSITES_NETCDF, Formats.EMSODEV_JSON);

    private Parsers() {
    }

    /**
     * The parser for a format.
     *
     * @throws IllegalArgumentException for an unknown format, or EMSODEV JSON without the
     *                                  {@code parameter} option
     */
    public static FormatParser forRequest(IngestRequest request) {
        Map<String, String> o = request.options();
        String sensor = o.get("sensor");
        return switch (request.format()) {
            case Formats.SBE37_ASCII -> new Sbe37AsciiParser(Sbe37AsciiParser.DEFAULT_COLUMNS, sensor);
            case Formats.AANDERAA_OPTODE -> new AanderaaOptodeParser();
            case Formats.SBE54_XML -> new Sbe54XmlParser(sensor);
            case Formats.ECO_NTU -> new EcoNtuParser(null, sensor);
            case Formats.AZORES_EGIM_CSV -> new AzoresEgimCsvParser();
            case Formats.OCEANSITES_CSV -> new OceanSitesCsvParser();
            case Formats.OCEANSITES_NETCDF -> new OceanSitesNetcdfParser();
            case Formats.EMSODEV_JSON -> {
                String parameter = o.get("parameter");
                if (parameter == null || parameter.isBlank()) {
                    throw new IllegalArgumentException("format " + Formats.EMSODEV_JSON
                            + " needs the parameter option (the EMSODEV parameter name, e.g. sea_water_temperature)");
                }
                yield new EmsodevJsonParser(o.get("instrument"), parameter, o.getOrDefault("unit", ""));
            }
            default -> throw new IllegalArgumentException("unknown format '" + request.format() + "'; known: "
                    + String.join(", ", FORMATS));
        };
    }
}
