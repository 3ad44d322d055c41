package vn.dangbo.resolution.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import vn.dangbo.resolution.ResultStatus;

public record TargetResult(long id, long targetId, long periodId, long organizationId, BigDecimal value,
        BigDecimal total, String note, ResultStatus status, String enteredBy, OffsetDateTime enteredAt,
        String reviewedBy, OffsetDateTime reviewedAt, String reviewNote, int version) {}
