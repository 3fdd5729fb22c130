package eu.emso.dmp.server.sta.format;

import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import eu.emso.dmp.server.http.Reply;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code $resultFormat}s a server answers, chosen by name ignoring case; an unknown name is
 * a client error (400) that lists the known ones. Immutable; thread-safe.
 */
public final class ResultFormats {
    private final List<ResultFormat> formats;

    public ResultFormats(List<ResultFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** No formats besides the default JSON. */
    public static ResultFormats none() {
        return new ResultFormats(List.of());
    }

    /** The reply of the format named {@code name} for a collection page. */
    public Reply reply(String name, EntityType type, EntitySet set, String nextLink, String root) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (ResultFormat f : formats) {
            if (f.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return f.collection(type, set, nextLink, root);
            }
        }
        throw new BadRequest("unknown $resultFormat '" + name + "'" + (formats.isEmpty() ? ""
                : "; this server knows " + formats.stream().map(ResultFormat::name).collect(Collectors.joining(", "))));
    }
}
