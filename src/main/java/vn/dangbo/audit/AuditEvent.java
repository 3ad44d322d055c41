package vn.dangbo.audit.domain;

import java.time.OffsetDateTime;

/** One row of the trail as administrators browse it. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actorUsername, String clientAddress,
        String action, String entityType, String entityId, String organizationPath, String summary,
        String beforeState, String afterState) {}
