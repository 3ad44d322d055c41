package vn.dangbo.audit;

import java.time.LocalDate;

/** Filters of the audit trail page; blank fields do not filter. */
public record AuditQuery(String actor, String action, String entityType, String entityId, LocalDate from,
        LocalDate to, String text) {}
