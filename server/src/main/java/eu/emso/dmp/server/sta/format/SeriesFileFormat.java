package eu.emso.dmp.server.sta.format;

import eu.emso.dmp.model.entity.EntityType;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.PathSegment;
import eu.emso.dmp.model.path.ResourcePath;
import eu.emso.dmp.model.query.QueryOptions;
import eu.emso.dmp.model.store.EntityOperations;
import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import eu.emso.dmp.server.http.Reply;
import eu.emso.dmp.server.products.SeriesFiles;
import java.util.List;
import java.util.Optional;

/**
 * {@code $resultFormat=NetCDF} (and any other file format of {@link SeriesFiles}) on
 * {@code Datastreams(id)/Observations}: not a page but one file of the whole series in time order,
 * restricted by {@code $filter}. Paging and shaping options ({@code $top}, {@code $skip},
 * {@code $orderby}, {@code $select}, {@code $expand}, {@code $count}) do not apply to a file and
 * are a 400, as is any other path. Immutable; thread-safe.
 */
final class SeriesFileFormat {
    private final SeriesFiles files;

    SeriesFileFormat(SeriesFiles files) {
        this.files = files;
    }

    List<String> names() {
        return files.formats();
    }

    /** The file reply when {@code name} is one of these formats, else empty. */
    Optional<Reply> reply(String name, ResourcePath path, QueryOptions o, EntityOperations store) {
        String format = files.formats().stream().filter(f -> f.equalsIgnoreCase(name)).findFirst().orElse(null);
        if (format == null) {
            return Optional.empty();
        }
        List<PathSegment> s = path.segments();
        if (s.size() != 2 || s.get(0).type() != EntityType.DATASTREAM || s.get(0).id() == null
                || path.type() != EntityType.OBSERVATION || path.ref() || path.property() != null) {
            throw new BadRequest("$resultFormat=" + format + " applies to Datastreams(id)/Observations only");
        }
        if (o.top().isPresent() || o.skip().isPresent() || !o.orderBy().isEmpty() || !o.select().isEmpty()
                || !o.expand().isEmpty() || o.count() || o.skipToken().isPresent()) {
            throw new BadRequest("$resultFormat=" + format + " writes the whole series in time order as one file: $top, $skip, $orderby, $select, $expand"
                    + " and $count do not apply; select the Observations with $filter");
        }
        // an unknown Datastream is a 404 from the store, before anything is written
        store.readEntity(Version.V11, path.parent(), QueryOptions.none());
        return Optional.of(files.series(format, s.get(0).id(), o.filter().orElse(null)));
    }
}
