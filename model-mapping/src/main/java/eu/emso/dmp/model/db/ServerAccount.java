package eu.emso.dmp.model.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The operating-system account that runs the PostgreSQL programs.
 *
 * <p>PostgreSQL refuses to run as root. When this JVM runs as root, every PostgreSQL program is
 * run as the unprivileged user {@code postgres} (or {@code nobody} when that user does not exist)
 * through {@code runuser -u USER --} from util-linux, and that user is given ownership of the
 * cluster directory. Otherwise the programs run as the current user. Immutable and thread-safe.
 *
 * @param runAsUser the user to switch to, empty to run as the current user
 */
record ServerAccount(Optional<String> runAsUser) {
    private static final List<String> CANDIDATES = List.of("postgres", "nobody");
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(30);

    /** The account to use for this process: see the type description. */
    static ServerAccount forCurrentProcess() {
        if (!runningAsRoot()) {
            return new ServerAccount(Optional.empty());
        }
        String user = CANDIDATES.stream().filter(ServerAccount::userExists).findFirst()
                .orElseThrow(() -> new DatabaseException("PostgreSQL refuses to run as root and neither user "
                        + CANDIDATES + " exists. Create one (adduser --system postgres) or run as a normal user."));
        return new ServerAccount(Optional.of(user));
    }

    /** {@code program} prefixed with the {@code runuser} call when a user switch is needed. */
    List<String> command(List<String> program) {
        List<String> command = new ArrayList<>();
        runAsUser.ifPresent(user -> command.addAll(List.of("runuser", "-u", user, "--")));
        command.addAll(program);
        return List.copyOf(command);
    }

    /**
     * Creates {@code dir} if needed, hands it (and everything below it) to the run-as user, and
     * checks that this user can reach it.
     *
     * @throws DatabaseException naming the directory the run-as user cannot traverse
     */
    void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the database directory " + dir + ": " + e.getMessage(), e);
        }
        takeOwnership(dir);
        runAsUser.ifPresent(user -> checkTraversable(user, dir));
    }

    /** Gives {@code path} and everything below it to the run-as user; no-op when not switching. */
    void takeOwnership(Path path) {
        if (runAsUser.isEmpty()) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            UserPrincipal owner = FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(runAsUser.get());
            for (Path p : (Iterable<Path>) tree::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!view.getOwner().equals(owner)) {
                    view.setOwner(owner);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DatabaseException("Cannot give " + path + " to user " + runAsUser.get() + ": " + e.getMessage(),
                    e);
        }
    }

    /** Whether the run-as user can enter every directory on the way to {@code dir} (always, when not switching). */
    boolean canReach(Path dir) {
        return runAsUser.isEmpty() || blockedAncestor(runAsUser.get(), dir).isEmpty();
    }

    private static java.util.Optional<String> blockedAncestor(String user, Path dir) {
        List<String> ancestors = new ArrayList<>();
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) { // a directory still to be made is made reachable (mode 0755)
                ancestors.add(0, p.toString());
            }
        }
        List<String> script = new ArrayList<>(List.of("sh", "-c",
                "for d do [ -x \"$d\" ] || { echo \"$d\"; exit 1; }; done", "sh"));
        script.addAll(ancestors);
        ProcessRunner.Result result = ProcessRunner.run(new ServerAccount(Optional.of(user)).command(script),
                Path.of("/"), CHECK_TIMEOUT);
        return result.ok() ? Optional.empty()
                : Optional.of(result.output().isBlank() ? dir.getParent().toString() : result.output().strip());
    }

    private static void checkTraversable(String user, Path dir) {
        blockedAncestor(user, dir).ifPresent(blocked -> {
            throw new DatabaseException("PostgreSQL refuses to run as root, so it runs as user '" + user
                    + "', but that user cannot enter directory " + blocked + " on the way to " + dir
                    + ". Choose a database directory that user can reach (for example under /var/lib or /srv),"
                    + " or allow it: chmod o+x " + blocked);
        });
    }

    private static boolean runningAsRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static boolean userExists(String name) {
        try {
            FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(name);
            return true;
        } catch (UserPrincipalNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw new DatabaseException("Cannot look up user " + name + ": " + e.getMessage(), e);
        }
    }
}
