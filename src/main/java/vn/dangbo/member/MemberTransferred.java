package vn.dangbo.member;

import java.time.LocalDate;

/** A member moved between organizations (or in or out of the system). */
public record MemberTransferred(long memberId, TransferKind kind, Long fromOrganizationId, Long toOrganizationId,
        LocalDate effectiveDate) {}
