package vn.dangbo.audit.domain;

import java.util.Map;

public record NewAuditEvent(Long actorAccountId, String actorUsername, String clientAddress, String action,
        String entityType, String entityId, String organizationPath, String summary, Map<String, ?> before,
        Map<String, ?> after) {}
