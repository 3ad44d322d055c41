package vn.dangbo.identity.domain;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Role;

public record Account(long id, String username, String passwordHash, String displayName, Role role,
        Long scopeOrganizationId, Long memberId, boolean enabled, int failedAttempts, OffsetDateTime lockedUntil,
        OffsetDateTime lastLoginAt, long securityStamp) {

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public CurrentUser currentUser() {
        return new CurrentUser(id, username, displayName, role, scopeOrganizationId, memberId);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("displayName", displayName);
        m.put("role", role.name());
        m.put("scopeOrganizationId", scopeOrganizationId);
        m.put("memberId", memberId);
        m.put("enabled", enabled);
        return m;
    }
}
