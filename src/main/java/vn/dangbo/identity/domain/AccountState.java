package vn.dangbo.identity.domain;

import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Role;

/**
 * An account as a request sees it now: read once per request (by id for a session, by token for the API) to
 * refuse a session or token that outlived the account's rights. {@code scopePath} is the materialised path of the
 * scope organization (null for the whole system, or when that organization is gone).
 */
public record AccountState(long id, String username, String displayName, boolean enabled, Role role,
        Long scopeOrganizationId, Long memberId, long securityStamp, String scopePath) {

    public CurrentUser currentUser() {
        return new CurrentUser(id, username, displayName, role, scopeOrganizationId, memberId);
    }
}
