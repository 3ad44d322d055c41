package vn.dangbo.shared.security;

import java.io.Serializable;

/**
 * The signed-in person as every module sees them: the account, its role and its organization scope
 * ({@code scopeOrganizationId} null means the whole system, for the system administrator only).
 */
public record CurrentUser(
        long accountId,
        String username,
        String displayName,
        Role role,
        Long scopeOrganizationId,
        Long memberId) implements Serializable {

    public boolean can(Permission permission) {
        return role.can(permission);
    }

    public boolean isGlobal() {
        return scopeOrganizationId == null;
    }
}
