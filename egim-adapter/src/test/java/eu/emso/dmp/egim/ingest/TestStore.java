package eu.emso.dmp.egim.ingest;

import eu.emso.dmp.egim.catalogue.SiteFiles;
import eu.emso.dmp.egim.catalogue.Sites;
import eu.emso.dmp.model.db.Database;
import eu.emso.dmp.model.db.EmbeddedPostgres;
import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.path.ResourcePathParser;
import eu.emso.dmp.model.query.QueryParser;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.model.store.QuarantineStore;
import eu.emso.dmp.model.store.StoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** An embedded database with a store, a quarantine and the OBSEA catalogue, for one test class. */
final class TestStore implements AutoCloseable {
    final Path dir;
    final EmbeddedPostgres pg;
    final Database db;
    final EntityStore store;
    final QuarantineStore quarantine;
    final Sites sites;

    TestStore() throws IOException {
        dir = Files.createTempDirectory("ingest-test-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        pg = EmbeddedPostgres.start(dir.resolve("pg"));
        db = Database.open(pg.settings(4));
        store = new EntityStore(db.dataSource(), new StoreSettings(100, 10000));
        quarantine = new QuarantineStore(db.dataSource());
        sites = new Sites(new SiteFiles().readDirectory(Path.of("..", "config", "sites")));
    }

    IngestPipeline pipeline(int batch) {
        return new IngestPipeline(store, quarantine, sites, batch);
    }

    static Path sample(String name) {
        return Path.of("src", "test", "resources", "samples", name);
    }

    /** The number of entities of a set matching a filter, read through the store. */
    long count(String path, String filter) {
        Map<String, List<String>> q = filter == null ? Map.of("$count", List.of("true"), "$top", List.of("1"))
                : Map.of("$count", List.of("true"), "$top", List.of("1"), "$filter", List.of(filter));
        return store.readCollection(Version.V11, ResourcePathParser.parse(path), QueryParser.parse(q)).count();
    }

    @Override
    public void close() throws IOException {
        db.close();
        pg.close();
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
