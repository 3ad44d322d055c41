package vn.dangbo.shared.security;

/** What an account may do; each role grants a fixed set (see {@link Role}), always within its organization scope. */
public enum Permission {
    ORGANIZATION_VIEW,
    ORGANIZATION_MANAGE,
    MEMBER_VIEW,
    MEMBER_MANAGE,
    MEMBER_IMPORT,
    MEMBER_EXPORT,
    /** Citizen ID numbers unmasked in exports (lists always mask them). */
    CITIZEN_ID_VIEW,
    ACCOUNT_MANAGE,
    AUDIT_VIEW,
    RESOLUTION_VIEW,
    RESOLUTION_MANAGE,
    RESULT_ENTER,
    RESULT_REVIEW,
    TASK_UPDATE,
    /** The province's catalogue of shared indicators (chỉ tiêu chung) that wards' targets refer to. */
    INDICATOR_MANAGE,
    /** A member's own record and pages. */
    SELF_VIEW,
    /** Backups of the whole database ("Sao lưu dữ liệu"): the system administrator only. */
    BACKUP_MANAGE,
    /** The rule settings (RULES.md "configurable"): the system administrator, and a province office for its wards. */
    RULE_SETTINGS_MANAGE,
    /** The days off and swapped working days of the working-day calendar: the system administrator only. */
    CALENDAR_MANAGE
}
