package eu.emso.dmp.server.sta.batch;

import eu.emso.dmp.server.http.ErrorMapper.BadRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a batch as a whole must follow (OData 4.01 Protocol 11.7 and JSON Format 19):
 * request ids are unique and differ from atomicity group names; the requests of an atomicity
 * group are adjacent; {@code dependsOn} names only requests or groups that come earlier. A batch
 * that breaks one is rejected as a whole (400). Stateless.
 */
final class BatchChecks {
    private BatchChecks() {
    }

    static void check(List<BatchRequest> requests) {
        Set<String> ids = new HashSet<>();
        Set<String> closedGroups = new HashSet<>();
        Set<String> seen = new HashSet<>();
        String open = null;
        for (BatchRequest r : requests) {
            if (!ids.add(r.id())) {
                throw new BadRequest("request id '" + r.id() + "' is used twice in the batch");
            }
            String g = r.atomicityGroup();
            if (open != null && !open.equals(g)) {
                closedGroups.add(open);
            }
            if (g != null && closedGroups.contains(g)) {
                throw new BadRequest("the requests of atomicity group '" + g + "' must be adjacent");
            }
            for (String d : r.dependsOn()) {
                if (!seen.contains(d)) {
                    throw new BadRequest("request '" + r.id() + "' depends on '" + d
                            + "', which is no earlier request or atomicity group of the batch");
                }
            }
            seen.add(r.id());
            if (g != null) {
                seen.add(g);
            }
            open = g;
        }
        for (BatchRequest r : requests) {
            if (r.atomicityGroup() != null && ids.contains(r.atomicityGroup())) {
                throw new BadRequest("'" + r.atomicityGroup() + "' names both a request and an atomicity group");
            }
        }
    }
}
