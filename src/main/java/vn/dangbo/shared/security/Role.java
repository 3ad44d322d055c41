package vn.dangbo.shared.security;

import static vn.dangbo.shared.security.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of PRODUCT.md. Every account also has an organization scope: it acts only on that
 * organization's subtree (the system administrator may have none, meaning everything).
 */
public enum Role {
    SYSTEM_ADMIN(EnumSet.allOf(Permission.class)),
    PROVINCE_OFFICE(EnumSet.of(ORGANIZATION_VIEW, ORGANIZATION_MANAGE, MEMBER_VIEW, MEMBER_EXPORT, RESOLUTION_VIEW,
            RESULT_REVIEW, INDICATOR_MANAGE, RULE_SETTINGS_MANAGE)),
    WARD_OFFICE(EnumSet.of(ORGANIZATION_VIEW, ORGANIZATION_MANAGE, MEMBER_VIEW, MEMBER_MANAGE, MEMBER_IMPORT,
            MEMBER_EXPORT, ACCOUNT_MANAGE, RESOLUTION_VIEW, RESOLUTION_MANAGE, RESULT_ENTER, RESULT_REVIEW,
            TASK_UPDATE)),
    WARD_LEADER(EnumSet.of(ORGANIZATION_VIEW, MEMBER_VIEW, MEMBER_EXPORT, RESOLUTION_VIEW, RESULT_REVIEW)),
    CELL_SECRETARY(EnumSet.of(ORGANIZATION_VIEW, MEMBER_VIEW, RESOLUTION_VIEW, RESULT_ENTER, TASK_UPDATE)),
    MEMBER(EnumSet.of(SELF_VIEW));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    /** The message key of the role's Vietnamese name. */
    public String messageKey() {
        return "role." + name();
    }

    /** Roles an account manager of this role may hand out (never more powerful than its own). */
    public Set<Role> assignable() {
        return switch (this) {
            case SYSTEM_ADMIN -> EnumSet.allOf(Role.class);
            case WARD_OFFICE -> EnumSet.of(WARD_OFFICE, WARD_LEADER, CELL_SECRETARY, MEMBER);
            default -> EnumSet.noneOf(Role.class);
        };
    }
}
