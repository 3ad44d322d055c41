package vn.dangbo.member.domain;

import java.time.LocalDate;
import vn.dangbo.shared.Decision;

/**
 * Probation lasts 12 months from the admission ceremony, which follows the admission decision (Party Charter
 * Art. 5.1); a member therefore becomes official no earlier than 12 months after the admission date.
 */
public class ProbationPolicy {

    public static final int PROBATION_MONTHS = 12;

    public Decision check(LocalDate admissionDate, LocalDate officialDate) {
        if (admissionDate == null || officialDate == null) {
            return Decision.allow();
        }
        if (officialDate.isBefore(admissionDate.plusMonths(PROBATION_MONTHS))) {
            return Decision.deny("member.rule.probationTooShort", PROBATION_MONTHS).on("officialDate")
                    .citing("regulation.charter.art5");
        }
        return Decision.allow();
    }
}
