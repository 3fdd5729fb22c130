package eu.emso.dmp.model.path;

import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Navigation;
import eu.emso.dmp.model.entity.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses resource paths such as {@code Things(1)/Datastreams(2)/name/$value}. Thread-safe. */
public final class ResourcePathParser {
    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\((.*)\\))?");

    private ResourcePathParser() {
    }

    /** Parses {@code path}, the part after the version segment, without a leading slash. */
    public static ResourcePath parse(String path) {
        String[] parts = path.split("/", -1);
        List<PathSegment> segments = new ArrayList<>();
        int i = 0;
        for (; i < parts.length; i++) {
            PathSegment s = step(parts[i], segments.isEmpty() ? null : segments.get(segments.size() - 1));
            if (s == null) {
                break;
            }
            segments.add(s);
        }
        if (segments.isEmpty()) {
            throw new PathException("'" + parts[0] + "' is not an entity set", false);
        }
        return tail(segments, parts, i);
    }

    private static PathSegment step(String part, PathSegment previous) {
        Matcher m = STEP.matcher(part);
        if (!m.matches()) {
            return null;
        }
        EntityType type;
        Navigation via = null;
        if (previous == null) {
            type = EntityType.ofSetName(m.group(1));
        } else {
            if (previous.isCollection()) {
                throw new PathException("select one entity of '" + previous.type().setName()
                        + "' by id before '" + part + "'", false);
            }
            via = previous.type().navigation(m.group(1));
            type = via == null ? null : via.target();
        }
        if (type == null) {
            return null;
        }
        Long id = m.group(2) == null ? null : id(m.group(2));
        if (id != null && via != null && !via.toMany()) {
            throw new PathException("'" + via.name() + "' is a single entity and takes no id", false);
        }
        return new PathSegment(type, via, id);
    }

    private static Long id(String text) {
        String t = text.startsWith("'") && text.endsWith("'") && text.length() > 1
                ? text.substring(1, text.length() - 1) : text;
        try {
            return Long.valueOf(t);
        } catch (NumberFormatException e) {
            throw new PathException("'" + text + "' is not an entity id", false);
        }
    }

    private static ResourcePath tail(List<PathSegment> segments, String[] parts, int i) {
        PathSegment last = segments.get(segments.size() - 1);
        if (i == parts.length) {
            return new ResourcePath(segments, null, false, false);
        }
        if ("$ref".equals(parts[i]) && i == parts.length - 1) {
            return new ResourcePath(segments, null, false, true);
        }
        Property p = last.isCollection() ? null : last.type().property(parts[i]);
        if (p == null || "@iot.id".equals(parts[i])) {
            throw new PathException("'" + parts[i] + "' is not a property or navigation property of "
                    + last.type().singular() + (last.isCollection() ? " here" : ""), false);
        }
        if (i == parts.length - 1) {
            return new ResourcePath(segments, p, false, false);
        }
        if ("$value".equals(parts[i + 1]) && i + 2 == parts.length) {
            return new ResourcePath(segments, p, true, false);
        }
        throw new PathException("unexpected '" + parts[i + 1] + "' after property '" + p.name() + "'",
                false);
    }
}
