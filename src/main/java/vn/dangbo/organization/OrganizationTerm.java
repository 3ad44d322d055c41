package vn.dangbo.organization;

import java.time.LocalDate;
import vn.dangbo.organization.domain.Term;

/** A term of office (nhiệm kỳ) of an organization's committee as the pages read it, e.g. "2025–2030". */
public record OrganizationTerm(long id, long organizationId, String label, LocalDate startsOn, LocalDate endsOn) {

    static OrganizationTerm of(Term t) {
        return new OrganizationTerm(t.id(), t.organizationId(), t.label(), t.startsOn(), t.endsOn());
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
