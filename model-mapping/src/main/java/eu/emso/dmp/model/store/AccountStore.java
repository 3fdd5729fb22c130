package eu.emso.dmp.model.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code accounts} table: users and API keys with their role and Things. Each call is one
 * statement, so a change made by a command-line tool is seen by the running server's next
 * request. Thread-safe.
 */
public final class AccountStore {
    private static final String COLUMNS = "SELECT name, kind, role, things, secret_hash FROM accounts";
    private final Transactions tx;

    public AccountStore(DataSource dataSource) {
        this.tx = new Transactions(dataSource);
    }

    /** Adds the account, or replaces the one of that name (a new password, role or key). */
    public void put(Account a) {
        tx.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts (name, kind, role, things, "
                    + "secret_hash) VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
                    + "role = excluded.role, things = excluded.things, secret_hash = excluded.secret_hash, "
                    + "created_at = now()")) {
                ps.setString(1, a.name());
                ps.setString(2, a.kind().name().toLowerCase(Locale.ROOT));
                ps.setString(3, a.role());
                ps.setArray(4, c.createArrayOf("bigint", a.things().toArray()));
                ps.setString(5, a.secretHash());
                return ps.executeUpdate();
            }
        });
    }

    /** Removes the account; whether it existed. */
    public boolean remove(String name) {
        return tx.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM accounts WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Every account, by name. */
    public List<Account> list() {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " ORDER BY name")) {
                return rows(ps);
            }
        });
    }

    /** The user (password account) of this name. */
    public Optional<Account> user(String name) {
        return one(COLUMNS + " WHERE name = ? AND kind = 'user'", name);
    }

    /** The API key whose SHA-256 digest (hex) is {@code digest}. */
    public Optional<Account> apiKey(String digest) {
        return one(COLUMNS + " WHERE secret_hash = ? AND kind = 'apikey'", digest);
    }

    /** Whether any account exists. */
    public boolean any() {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM accounts)");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    private Optional<Account> one(String sql, String value) {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                return rows(ps).stream().findFirst();
            }
        });
    }

    private static List<Account> rows(PreparedStatement ps) throws SQLException {
        List<Account> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Array things = rs.getArray(4);
                out.add(new Account(rs.getString(1), Account.Kind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                        rs.getString(3), Arrays.asList((Long[]) things.getArray()), rs.getString(5)));
            }
        }
        return out;
    }
}
