package eu.emso.dmp.server.auth;

import eu.emso.dmp.model.store.Account;
import eu.emso.dmp.model.store.AccountStore;
import java.util.List;
import java.util.Optional;

/**
 * Users and API keys: adding, listing and removing them (the {@code dmp user} and
 * {@code dmp apikey} commands), and checking the credentials a request presents. Reads the
 * database on every check, so that an account added or removed while the server runs counts
 * from the next request. Thread-safe.
 */
public final class Accounts {
    private final AccountStore store;
    private final Passwords passwords;

    public Accounts(AccountStore store, Passwords passwords) {
        this.store = store;
        this.passwords = passwords;
    }

    /** Adds user {@code name}, or replaces the account of that name. */
    public void addUser(String name, Role role, List<Long> things, String password) {
        checkName(name);
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("the password needs at least 8 characters");
        }
        store.put(new Account(name, Account.Kind.USER, role.label(), things, passwords.hash(password)));
    }

    /** Adds API key {@code name} (or replaces the account of that name) and returns the key, which is not kept. */
    public String addKey(String name, Role role, List<Long> things) {
        checkName(name);
        String key = ApiKeys.generate();
        store.put(new Account(name, Account.Kind.APIKEY, role.label(), things, ApiKeys.digest(key)));
        return key;
    }

    /** Removes the account; whether there was one. */
    public boolean remove(String name) {
        return store.remove(name);
    }

    /** Every account, by name. */
    public List<Account> list() {
        return store.list();
    }

    /** Whether any account exists. */
    public boolean any() {
        return store.any();
    }

    /**
     * The caller whose user name and password these are; empty when they do not match. An
     * unknown name costs a BCrypt check too, so that timing does not tell which names exist.
     */
    public Optional<Caller> password(String name, String password) {
        Optional<Account> user = store.user(name);
        if (user.isEmpty()) {
            passwords.matches(password, passwords.decoy());
            return Optional.empty();
        }
        return user.filter(a -> passwords.matches(password, a.secretHash())).map(Accounts::caller);
    }

    /** The caller of API key {@code key}; empty when there is no such key. */
    public Optional<Caller> apiKey(String key) {
        return ApiKeys.looksLikeKey(key) ? store.apiKey(ApiKeys.digest(key)).map(Accounts::caller) : Optional.empty();
    }

    private static Caller caller(Account a) {
        return Caller.of(a.name(), Role.named(a.role()).orElse(Role.READER), a.things());
    }

    private static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("an account name has 1 to 64 letters, digits or . _ @ -, not '"
                    + name + "'");
        }
    }
}
