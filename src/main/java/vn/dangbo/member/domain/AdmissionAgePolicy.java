package vn.dangbo.member.domain;

import java.time.LocalDate;
import vn.dangbo.shared.Decision;

/**
 * A person is admitted to the Party at 18 or older (Party Charter Art. 1.1; HD 06-HD/TW 2025 counts the age in
 * whole months on the day the cell reviews the application). A register entry whose admission date comes
 * before the 18th birthday cannot be right.
 */
public class AdmissionAgePolicy {

    public static final int MINIMUM_AGE_YEARS = 18;

    public Decision check(LocalDate dateOfBirth, LocalDate admissionDate) {
        if (dateOfBirth == null || admissionDate == null) {
            return Decision.allow();
        }
        if (admissionDate.isBefore(dateOfBirth.plusYears(MINIMUM_AGE_YEARS))) {
            return Decision.deny("member.rule.admittedTooYoung", MINIMUM_AGE_YEARS).on("admissionDate")
                    .citing("regulation.charter.art1");
        }
        return Decision.allow();
    }
}
