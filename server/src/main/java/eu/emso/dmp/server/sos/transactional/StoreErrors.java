package eu.emso.dmp.server.sos.transactional;

import eu.emso.dmp.model.entity.InvalidEntityException;
import eu.emso.dmp.model.path.PathException;
import eu.emso.dmp.model.query.QueryException;
import eu.emso.dmp.model.store.ConflictException;
import eu.emso.dmp.server.sos.SosException;
import java.util.function.Supplier;

/** Runs a write and reports what the store refuses as InvalidParameterValue at a locator. Stateless. */
public final class StoreErrors {
    private StoreErrors() {
    }

    public static <T> T refusedAt(String locator, Supplier<T> write) {
        try {
            return write.get();
        } catch (ConflictException e) {
            throw SosException.invalid(locator, "refused: " + e.getMessage());
        } catch (InvalidEntityException | PathException | QueryException e) {
            throw SosException.invalid(locator, e.getMessage());
        }
    }
}
