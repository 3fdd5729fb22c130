package eu.emso.dmp.egim.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Parses the observations answer of the EMSODEV platform API
 * ({@code GET …/instruments/{inst}/parameters/{p}}):
 * {@code {"observations":[{"phenomenonTime": <epoch seconds>, "value": …}, …]}}, which holds one
 * parameter of one instrument; both are given by the caller, since the JSON does not name them.
 *
 * <p>The unit of accounting is one element of the {@code observations} array, numbered from 1;
 * its raw text is the element as compact JSON. The array is streamed with Jackson's
 * {@link JsonParser}, one element in memory at a time. An element with a numeric (or numeric
 * string) {@code value} and a numeric {@code phenomenonTime} becomes a record; anything else is
 * rejected. If the JSON itself is malformed, the rest of the input becomes one rejected unit.
 * EMSODEV parameter names map to OceanSITES codes by {@link #CODES}; other names are kept.
 * Thread-safe.
 */
public final class EmsodevJsonParser implements FormatParser {

    /** EMSODEV parameter name to OceanSITES code. */
    public static final Map<String, String> CODES = Map.of(
            "sea_water_temperature", "TEMP", "conductivity", "CNDC", "salinity", "PSAL", "depth", "DEPTH",
            "sound_velocity", "SVEL", "dissolved_oxygen", "DOX2", "oxygen_saturation", "OSAT",
            "turbidity", "TUR4", "sea_water_pressure", "PRES");

    private final ObjectMapper mapper = new ObjectMapper();
    private final String instrument;
    private final String parameter;
    private final String unit;

    /**
     * @param instrument the instrument name as the API gives it (e.g. {@code SBE37-SIP-P7000-RS232})
     * @param parameter  the API parameter name (e.g. {@code sea_water_temperature}) or an OceanSITES code
     * @param unit       the unit of the values (the API's {@code uom} of the parameter)
     */
    public EmsodevJsonParser(String instrument, String parameter, String unit) {
        this.instrument = instrument;
        this.parameter = CODES.getOrDefault(Objects.requireNonNull(parameter, "parameter"), parameter);
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String format() {
        return Formats.EMSODEV_JSON;
    }

    @Override
    public void parse(InputStream in, Consumer<? super ParseEvent> sink) throws IOException {
        JsonFactory factory = mapper.getFactory();
        long n = 0;
        try (JsonParser p = factory.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (!seekObservations(p)) {
                sink.accept(new Rejected(1, "", "no \"observations\" array in the answer"));
                return;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                JsonNode element = mapper.readTree(p);
                sink.accept(EmsodevObservation.outcome(++n, element, instrument, parameter, unit));
            }
        } catch (JsonProcessingException e) {
            sink.accept(new Rejected(n + 1, "", "malformed JSON: " + e.getOriginalMessage()));
        }
    }

    /** Moves to the START_ARRAY of the top-level "observations" field; false if absent. */
    private static boolean seekObservations(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("observations".equals(name) && value == JsonToken.START_ARRAY) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }
}
