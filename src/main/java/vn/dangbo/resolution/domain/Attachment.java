package vn.dangbo.resolution.domain;

import java.time.OffsetDateTime;

/** A file attached as evidence of a result or of a task's progress (content loaded only when downloaded). */
public record Attachment(long id, String ownerType, long ownerId, String fileName, String contentType, long sizeBytes,
        String sha256, String uploadedBy, OffsetDateTime uploadedAt) {}
