package eu.emso.dmp.server;

import eu.emso.dmp.model.store.Account;
import eu.emso.dmp.server.auth.Accounts;
import eu.emso.dmp.server.auth.Passwords;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dmp user add|list|remove}: the accounts allowed to write, in the server's database.
 * Works while the server runs (on the embedded database of a running server too); the server
 * sees a change from its next request.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Add, list or remove users and API keys.",
        subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class, UserCommand.Remove.class})
final class UserCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Runs {@code work} on the accounts of the database the options name; exit code 2 for bad input. */
    static int withAccounts(AccountOptions options, String command, AccountWork work) throws Exception {
        try (CoreDatabase db = CoreDatabase.beside(options.settings())) {
            work.run(new Accounts(new eu.emso.dmp.model.store.AccountStore(db.dataSource()), new Passwords()));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("dmp " + command + ": " + e.getMessage());
            return 2;
        }
    }

    /** Work on the accounts. */
    interface AccountWork {
        void run(Accounts accounts) throws Exception;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user (or replace the account "
            + "of that name), reading the password from standard input.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", description = "user name")
        String name;
        @Mixin
        AccountOptions.Grant grant = new AccountOptions.Grant();
        @Option(names = "--password-stdin", required = true, description = "read the password from the first "
                + "line of standard input")
        boolean passwordStdin;
        @Mixin
        AccountOptions options = new AccountOptions();

        @Override
        public Integer call() throws Exception {
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return withAccounts(options, "user add", a -> {
                a.addUser(name, grant.role(), grant.things, password == null ? "" : password);
                System.out.println("user " + name + " added with role " + grant.role().label()
                        + (grant.things.isEmpty() ? "" : ", writing only to Things " + grant.things));
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and API keys.")
    static final class ListAccounts implements Callable<Integer> {
        @Mixin
        AccountOptions options = new AccountOptions();

        @Override
        public Integer call() throws Exception {
            return withAccounts(options, "user list", a -> {
                for (Account account : a.list()) {
                    System.out.println(account.name() + "\t" + account.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + "\t" + account.role() + "\t" + (account.things().isEmpty() ? "all Things"
                            : "Things " + account.things()));
                }
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user or API key.")
    static final class Remove implements Callable<Integer> {
        @Parameters(index = "0", description = "user or API key name")
        String name;
        @Mixin
        AccountOptions options = new AccountOptions();

        @Override
        public Integer call() throws Exception {
            int[] code = {0};
            int done = withAccounts(options, "user remove", a -> {
                if (a.remove(name)) {
                    System.out.println("removed " + name);
                } else {
                    System.err.println("dmp user remove: there is no user or API key named '" + name + "'");
                    code[0] = 1;
                }
            });
            return done != 0 ? done : code[0];
        }
    }
}
