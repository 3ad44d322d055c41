package vn.dangbo.organization.domain;

import java.time.LocalDate;

/** A term of office (nhiệm kỳ) of an organization's committee, e.g. "2025–2030". */
public record Term(long id, long organizationId, String label, LocalDate startsOn, LocalDate endsOn) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
