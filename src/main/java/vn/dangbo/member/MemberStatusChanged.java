package vn.dangbo.member;

import java.time.LocalDate;

/**
 * A member's current status changed (a status form, a transfer, a return, a transfer out of the system), published
 * in the changing transaction. Carries what a listener needs without reading the register back: the member, the
 * organization whose roll holds them and its path (as of the change), the status before and after, and the date the
 * new status takes effect.
 */
public record MemberStatusChanged(long memberId, long organizationId, String orgPath, MemberStatus from,
        MemberStatus to, LocalDate effectiveDate) {

    /** The member left the Party organization's roll for good (transferred out, removed, expelled, deceased). */
    public boolean left() {
        return to.former() && !from.former();
    }
}
