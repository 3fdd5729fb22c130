package eu.emso.dmp.egim.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads site files: JSON documents with {@code id}, {@code codes}, {@code platform},
 * {@code location}, {@code units}, {@code parameters} and {@code instruments} (see
 * {@code config/sites/obsea.json}). A missing or malformed required member raises an
 * {@link IllegalArgumentException} naming the file and the member. Stateless and thread-safe.
 */
public final class SiteFiles {
    private final ObjectMapper mapper = new ObjectMapper();

    /** Reads every {@code *.json} file of a directory, in name order; none when it does not exist. */
    public List<Site> readDirectory(Path dir) throws IOException {
        List<Site> sites = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return sites;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    sites.add(read(f.getFileName().toString(), in));
                }
            }
        }
        return sites;
    }

    /**
     * The site files built into this module (copied from {@code config/sites} at build time), by
     * name; none missing is an error.
     */
    public List<Site> builtIn(List<String> names) throws IOException {
        List<Site> sites = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = Bundled.open("sites/" + name)) {
                sites.add(read(name, in));
            }
        }
        return sites;
    }

    /** Reads one site file. */
    public Site read(String name, InputStream in) throws IOException {
        JsonNode root = mapper.readTree(in);
        try {
            return site(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private Site site(JsonNode root) {
        JsonNode p = required(root, "platform");
        JsonNode l = required(root, "location");
        Site.Platform platform = new Site.Platform(text(p, "name"), text(p, "description"),
                p.path("properties").isObject() ? mapper.convertValue(p.get("properties"), Map.class) : Map.of());
        Site.Position location = new Site.Position(text(l, "name"), text(l, "description"),
                required(l, "latitude").asDouble(), required(l, "longitude").asDouble(),
                l.hasNonNull("depth") ? l.get("depth").asDouble() : null);
        Map<String, Site.Unit> units = new LinkedHashMap<>();
        root.path("units").fields().forEachRemaining(e -> units.put(e.getKey(), new Site.Unit(
                text(e.getValue(), "name"), text(e.getValue(), "symbol"), e.getValue().path("definition").asText(""))));
        Map<String, Site.Parameter> parameters = new LinkedHashMap<>();
        root.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), new Site.Parameter(
                e.getKey(), text(e.getValue(), "name"), e.getValue().path("definition").asText(""),
                e.getValue().path("standard_name").asText(""))));
        List<Instrument> instruments = new ArrayList<>();
        for (JsonNode i : root.path("instruments")) {
            instruments.add(instrument(i, units, parameters));
        }
        return new Site(text(root, "id").toLowerCase(Locale.ROOT), strings(root.path("codes")), platform, location,
                units, parameters, instruments);
    }

    private Instrument instrument(JsonNode i, Map<String, Site.Unit> units, Map<String, Site.Parameter> parameters) {
        String key = text(i, "key");
        List<Site.Channel> channels = new ArrayList<>();
        for (JsonNode c : i.path("channels")) {
            Site.Channel ch = new Site.Channel(text(c, "parameter"), text(c, "unit"));
            if (!units.containsKey(ch.unit()) || !parameters.containsKey(ch.parameter())) {
                throw new IllegalArgumentException("instrument " + key + ": channel " + ch.parameter() + " ["
                        + ch.unit() + "] names a parameter or unit the file does not declare");
            }
            channels.add(ch);
        }
        Map<String, String> vocabulary = new LinkedHashMap<>();
        i.path("vocabulary").fields().forEachRemaining(e -> vocabulary.put(e.getKey(), e.getValue().asText()));
        return new Instrument(key, text(i, "name"), i.path("description").asText(""), i.path("model").asText(""),
                i.path("serial").asText(""), i.path("manufacturer").asText(""), vocabulary,
                strings(i.path("identifiers")), strings(i.path("formats")), channels, false);
    }

    private static JsonNode required(JsonNode node, String member) {
        JsonNode v = node.get(member);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing member '" + member + "'");
        }
        return v;
    }

    private static String text(JsonNode node, String member) {
        return required(node, member).asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
