package vn.dangbo.member.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dangbo.member.TransferKind;

public record Transfer(long id, long memberId, TransferKind kind, Long fromOrganizationId, Long toOrganizationId,
        String externalOrganization, LocalDate effectiveDate, String decisionRef, String reason,
        OffsetDateTime createdAt, String createdBy) {}
