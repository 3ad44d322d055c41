package vn.dangbo.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dangbo.member.domain.StatusChange;

/** One row of a member's status history as the pages and API read it. */
public record StatusEntry(long id, long memberId, MemberStatus status, LocalDate effectiveDate, String reason,
        String decisionRef, OffsetDateTime createdAt, String createdBy) {

    static StatusEntry of(StatusChange s) {
        return new StatusEntry(s.id(), s.memberId(), s.status(), s.effectiveDate(), s.reason(), s.decisionRef(),
                s.createdAt(), s.createdBy());
    }
}
