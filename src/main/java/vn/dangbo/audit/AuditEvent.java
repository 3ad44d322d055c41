package vn.dangbo.audit;

import java.time.OffsetDateTime;

/** One row of the trail as administrators browse it (the audit page's read model). */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actorUsername, String clientAddress,
        String action, String entityType, String entityId, String organizationPath, String summary,
        String beforeState, String afterState) {}
