package vn.dangbo.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port implemented by the member registry, so that organization pages can show member counts, warnings and
 * committee members' names without the organization module depending on the registry.
 */
public interface OrganizationMembers {

    /** Current counts for each direct child path of {@code parentPath} (subtree totals), keyed by the child's path. */
    Map<String, MemberCounts> countsByChild(String parentPath);

    /** Current counts of the organization with this path: its own members only, or its whole subtree. */
    MemberCounts counts(String path, boolean subtree);

    /** Display names of members by id. */
    Map<Long, String> names(Collection<Long> memberIds);

    /** The path of the organization a member is registered in, if the member exists. */
    java.util.Optional<String> organizationPathOfMember(long memberId);

    /** Members registered in the organization or its subtree (for choosing position holders), in name order. */
    List<MemberChoice> choices(String path, int limit);

    record MemberChoice(long id, String fullName, String cardNumber) {}
}
