package vn.dangbo.audit;

/** What happened to a record. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, VIEW, EXPORT, IMPORT, LOGIN, LOGIN_FAILED, LOGOUT, ACCESS_DENIED
}
