package vn.dangbo.organization.domain;

import java.time.LocalDate;
import vn.dangbo.organization.PartyPosition;

/** A member holding a position in an organization's committee over a period. */
public record CommitteePosition(long id, long organizationId, Long termId, long memberId, PartyPosition position,
        LocalDate startsOn, LocalDate endsOn, String decisionRef) {

    public boolean heldOn(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }
}
