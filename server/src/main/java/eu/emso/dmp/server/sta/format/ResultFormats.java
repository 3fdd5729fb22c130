package eu.emso.dmp.server.sta.format;

import eu.emso.dmp.model.entity.EntitySet;
import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityOperations;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import eu.emso.dmp.server.http.Reply;
import eu.emso.dmp.server.products.SeriesFiles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code $resultFormat}s a server answers, chosen by name ignoring case; an unknown name is
 * a client error (400) that lists the known ones. Immutable; thread-safe.
 */
public final class ResultFormats {
    private final List<ResultFormat> formats;
    private final SeriesFileFormat files;

    public ResultFormats(List<ResultFormat> formats) {
        this(formats, null);
    }

    /** These page formats, and the file formats of {@code files} on {@code Datastreams(id)/Observations}. */
    public ResultFormats(List<ResultFormat> formats, SeriesFiles files) {
        this.formats = List.copyOf(formats);
        this.files = files == null ? null : new SeriesFileFormat(files);
    }

    /**
     * The reply of a file format named {@code name} for the collection at {@code path}, read
     * whole (not a page); empty when {@code name} is no file format.
     */
    public Optional<Reply> file(String name, ResourcePath path, QueryOptions o, EntityOperations store) {
        return files == null ? Optional.empty() : files.reply(name, path, o, store);
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
                : "; this server knows " + Stream.concat(formats.stream().map(ResultFormat::name),
                        files == null ? Stream.empty() : files.names().stream()).collect(Collectors.joining(", "))));
    }
}
