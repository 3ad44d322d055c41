package vn.dangbo.member.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dangbo.member.MemberStatus;

public record StatusChange(long id, long memberId, MemberStatus status, LocalDate effectiveDate, String reason,
        String decisionRef, OffsetDateTime createdAt, String createdBy) {}
