package eu.emso.dmp.server.sos;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Dispatches decoded requests to the handlers of their operations, after the checks every
 * operation shares: {@code service=SOS} (OGC 12-006 requirement 6) and, for all but
 * GetCapabilities, {@code version=2.0.0} (requirement 7). Thread-safe once built.
 */
public final class SosService {
    public static final String VERSION = "2.0.0";
    private final Map<Operation, SosHandler> handlers = new EnumMap<>(Operation.class);

    /** Registers the handler of {@code operation}; returns this. */
    public SosService register(Operation operation, SosHandler handler) {
        handlers.put(operation, handler);
        return this;
    }

    /** The operations registered, for the capabilities' OperationsMetadata. */
    public Set<Operation> operations() {
        return Set.copyOf(handlers.keySet());
    }

    public SosResponse handle(SosRequest r) {
        String service = r.params().optional("service").orElseThrow(() -> SosException.missing("service"));
        if (!"SOS".equals(service)) {
            throw SosException.invalid("service", "the service is 'SOS', not '" + service + "'");
        }
        if (r.operation() != Operation.GET_CAPABILITIES) {
            String version = r.params().required("version");
            if (!VERSION.equals(version)) {
                throw SosException.invalid("version", "this service speaks SOS version " + VERSION + ", not '"
                        + version + "'");
            }
        }
        SosHandler h = handlers.get(r.operation());
        if (h == null) {
            throw new SosException(OwsCode.OPERATION_NOT_SUPPORTED, r.operation().requestName(),
                    "the operation " + r.operation().requestName() + " is not supported");
        }
        return h.handle(r);
    }
}
