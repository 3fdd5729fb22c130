package eu.emso.dmp.egim.parse;

/**
 * The identifiers of the formats this package parses, as returned by
 * {@link FormatParser#format()} and {@link FormatDetector}.
 */
public final class Formats {

    /** Sea-Bird SBE37 real-time ASCII, OutputFormat 1. */
    public static final String SBE37_ASCII = "sbe37-ascii";
    /** Aanderaa 4831 oxygen optode, tab-separated, optionally with logger timestamps. */
    public static final String AANDERAA_OPTODE = "aanderaa-4831";
    /** Sea-Bird SBE54 tsunami meter XML samples. */
    public static final String SBE54_XML = "sbe54-xml";
    /** WET Labs ECO puck ASCII output (NTU). */
    public static final String ECO_NTU = "eco-ntu";
    /** The Azores EGIM CSV published on SEANOE. */
    public static final String AZORES_EGIM_CSV = "azores-egim-csv";
    /** Copernicus / OceanSITES time-series CSV as MOODA writes it. */
    public static final String OCEANSITES_CSV = "oceansites-csv";
    /** OceanSITES / EMSO NetCDF time series. */
    public static final String OCEANSITES_NETCDF = "oceansites-netcdf";
    /** JSON observations of the EMSODEV platform API. */
    public static final String EMSODEV_JSON = "emsodev-json";

    private Formats() {
    }
}
