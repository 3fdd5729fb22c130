package eu.emso.dmp.qc.qartod;

import java.util.List;

/**
 * Configuration of the climatology test ({@code climatology_test} in ioos_qc): its members, applied
 * in order, a later matching member overriding an earlier one.
 *
 * @param members the windows of the climatology, copied
 */
public record ClimatologyConfig(List<ClimatologyMember> members) {

    /** @throws NullPointerException if the list or a member is null */
    public ClimatologyConfig {
        members = List.copyOf(members);
    }
}
