package eu.emso.dmp.server.sta.batch;

import eu.emso.dmp.model.entity.Version;
import eu.emso.dmp.model.store.EntityStore;
import eu.emso.dmp.server.sta.core.StaHandler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs the requests of a batch in order (OGC 18-088, 11; OData 4.01 Protocol 11.7). A request
 * outside an atomicity group runs in a transaction of its own. The requests of an atomicity group
 * run in one transaction: if one fails, all are rolled back; the failing request answers its
 * error and the others of the group 424. A request whose {@code dependsOn} names a failed request
 * or group is not carried out and answers 424. Every request gets an answer; none escapes as an
 * exception. Thread-safe; each call keeps its own state.
 */
public final class BatchExecutor {
    private final StaHandler handler;
    private final Supplier<EntityStore> store;

    public BatchExecutor(StaHandler handler, Supplier<EntityStore> store) {
        this.handler = handler;
        this.store = store;
    }

    /** One answer per request, in request order; 400 for a batch that breaks the batch rules. */
    public List<BatchResponse> run(Version v, String root, List<BatchRequest> requests) {
        BatchChecks.check(requests);
        Run run = new Run(v, root);
        List<BatchResponse> out = new ArrayList<>();
        for (int i = 0; i < requests.size(); ) {
            String group = requests.get(i).atomicityGroup();
            int end = i + 1;
            while (group != null && end < requests.size() && group.equals(requests.get(end).atomicityGroup())) {
                end++;
            }
            out.addAll(group == null ? List.of(run.single(requests.get(i))) : run.group(requests.subList(i, end)));
            i = end;
        }
        return out;
    }

    /** A failure inside an atomicity group: which member failed and why. */
    private static final class GroupFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int member;

        GroupFailure(int member, Throwable cause) {
            super(cause);
            this.member = member;
        }
    }

    /** The state of one batch: what was created, what failed. */
    private final class Run {
        private final Version version;
        private final String root;
        private final Set<String> failed = new HashSet<>();
        private References refs = new References();

        Run(Version version, String root) {
            this.version = version;
            this.root = root;
        }

        BatchResponse single(BatchRequest r) {
            String blocker = blocker(List.of(r));
            BatchResponse response;
            if (blocker != null) {
                response = Replies.notCarriedOut(r, "not carried out: '" + blocker + "', which it depends on, failed");
            } else {
                try {
                    response = Replies.of(r, InnerCall.run(handler, version, root, r, refs));
                } catch (RuntimeException e) {
                    response = Replies.failure(r, e);
                }
            }
            if (response.succeeded()) {
                refs.record(r, response, root);
            } else {
                failed.add(r.id());
            }
            return response;
        }

        List<BatchResponse> group(List<BatchRequest> members) {
            String name = members.get(0).atomicityGroup();
            String blocker = blocker(members);
            if (blocker != null) {
                return fail(members, name, -1, null, "not carried out: '" + blocker + "', which it depends on, failed");
            }
            References[] done = new References[1];
            try {
                List<BatchResponse> out = store.get().inTransaction(tx -> {
                    StaHandler onTx = handler.on(tx);
                    References attempt = refs.copy();
                    List<BatchResponse> responses = new ArrayList<>();
                    for (int k = 0; k < members.size(); k++) {
                        BatchRequest m = members.get(k);
                        try {
                            BatchResponse response = Replies.of(m, InnerCall.run(onTx, version, root, m, attempt));
                            attempt.record(m, response, root);
                            responses.add(response);
                        } catch (RuntimeException e) {
                            throw new GroupFailure(k, e);
                        }
                    }
                    done[0] = attempt;
                    return responses;
                });
                refs = done[0];
                return out;
            } catch (GroupFailure f) {
                return fail(members, name, f.member, f.getCause(), "rolled back: request '"
                        + members.get(f.member).id() + "' of atomicity group '" + name + "' failed");
            } catch (RuntimeException e) {
                return fail(members, name, -1, e, null);
            }
        }

        /** Answers for a failed group: the failing member's error, 424 for the others. */
        private List<BatchResponse> fail(List<BatchRequest> members, String name, int failing, Throwable cause,
                                         String reason) {
            failed.add(name);
            List<BatchResponse> out = new ArrayList<>();
            for (int k = 0; k < members.size(); k++) {
                BatchRequest m = members.get(k);
                failed.add(m.id());
                boolean own = k == failing || reason == null;
                out.add(own ? Replies.failure(m, cause) : Replies.notCarriedOut(m, reason));
            }
            return out;
        }

        /** The first dependency of {@code requests} (outside their own group) that failed, or null. */
        private String blocker(List<BatchRequest> requests) {
            for (BatchRequest r : requests) {
                for (String d : r.dependsOn()) {
                    if (failed.contains(d) && !Objects.equals(d, r.atomicityGroup())) {
                        return d;
                    }
                }
            }
            return null;
        }
    }
}
