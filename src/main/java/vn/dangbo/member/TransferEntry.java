package vn.dangbo.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dangbo.member.domain.Transfer;

/** One transfer of a member (chuyển sinh hoạt) as the pages and API read it. */
public record TransferEntry(long id, long memberId, TransferKind kind, Long fromOrganizationId, Long toOrganizationId,
        String externalOrganization, LocalDate effectiveDate, String decisionRef, String reason,
        OffsetDateTime createdAt, String createdBy) {

    static TransferEntry of(Transfer t) {
        return new TransferEntry(t.id(), t.memberId(), t.kind(), t.fromOrganizationId(), t.toOrganizationId(),
                t.externalOrganization(), t.effectiveDate(), t.decisionRef(), t.reason(), t.createdAt(), t.createdBy());
    }
}
