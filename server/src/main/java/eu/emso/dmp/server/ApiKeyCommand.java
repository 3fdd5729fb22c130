package eu.emso.dmp.server;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code dmp apikey add NAME --role ...}: an API key for an instrument or logger, printed once
 * (only its digest is stored). List and remove keys with {@code dmp user list|remove}.
 */
@Command(name = "apikey", mixinStandardHelpOptions = true, description = "Add API keys for instruments and loggers.",
        subcommands = ApiKeyCommand.Add.class)
final class ApiKeyCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an API key (or replace the account "
            + "of that name) and print it; it is shown only this once.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", description = "name of the key, e.g. the logger's")
        String name;
        @Mixin
        AccountOptions.Grant grant = new AccountOptions.Grant();
        @Mixin
        AccountOptions options = new AccountOptions();

        @Override
        public Integer call() throws Exception {
            return UserCommand.withAccounts(options, "apikey add", a -> {
                String key = a.addKey(name, grant.role(), grant.things);
                System.out.println(key);
                System.err.println("API key " + name + " added with role " + grant.role().label()
                        + ": send it as 'X-API-Key: KEY' or 'Authorization: Bearer KEY' (MQTT: as the password). "
                        + "It is not shown again.");
            });
        }
    }
}
