package vn.dangbo.member.domain;

import vn.dangbo.member.MemberData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.dangbo.shared.Decision;
import vn.dangbo.shared.DateLimits;
import vn.dangbo.shared.FieldLimits;
import vn.dangbo.shared.Violation;

/**
 * Checks register fields, the same way for the form, the API and every imported row, and returns every
 * problem at once with its Vietnamese message key.
 */
public class MemberValidator {

    /** Letters of any script (Vietnamese included), spaces, and the apostrophe or hyphen of some names. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '\\-]*");
    /** Số định danh cá nhân / CCCD: 12 digits; the old CMND: 9 digits. */
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}|\\d{9}");
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)\\d{9,10}");
    private static final Pattern CARD = Pattern.compile("[A-Z0-9./-]{1,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AdmissionAgePolicy admissionAge;
    private final ProbationPolicy probation;

    public MemberValidator(AdmissionAgePolicy admissionAge, ProbationPolicy probation) {
        this.admissionAge = admissionAge;
        this.probation = probation;
    }

    /** @param d cleaned data ({@link MemberData#cleaned()}) */
    public List<Violation> validate(MemberData d, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (d.fullName() == null) {
            v.add(Violation.of("fullName", "validation.required"));
        } else if (FieldLimits.tooLong(d.fullName(), FieldLimits.PERSON_NAME)) {
            v.add(Violation.of("fullName", FieldLimits.MESSAGE_KEY, FieldLimits.PERSON_NAME));
        } else if (!NAME.matcher(d.fullName()).matches()) {
            v.add(Violation.of("fullName", "member.validation.fullName"));
        }
        if (d.dateOfBirth() == null) {
            v.add(Violation.of("dateOfBirth", "validation.required"));
        } else if (d.dateOfBirth().isAfter(today)) {
            v.add(Violation.of("dateOfBirth", "validation.notFuture"));
        } else if (d.dateOfBirth().isBefore(today.minusYears(120))) {
            v.add(Violation.of("dateOfBirth", "member.validation.dateOfBirthTooOld"));
        }
        if (d.gender() == null) {
            v.add(Violation.of("gender", "validation.required"));
        }
        if (d.admissionDate() == null) {
            v.add(Violation.of("admissionDate", "validation.required"));
        } else if (d.admissionDate().isAfter(today)) {
            v.add(Violation.of("admissionDate", "validation.notFuture"));
        } else {
            add(v, "admissionDate", admissionAge.check(d.dateOfBirth(), d.admissionDate()));
        }
        if (d.officialDate() != null) {
            if (d.officialDate().isAfter(today)) {
                v.add(Violation.of("officialDate", "validation.notFuture"));
            } else {
                add(v, "officialDate", probation.check(d.admissionDate(), d.officialDate()));
            }
        }
        if (FieldLimits.tooLong(d.cardNumber(), FieldLimits.CARD_NUMBER)) {
            v.add(Violation.of("cardNumber", FieldLimits.MESSAGE_KEY, FieldLimits.CARD_NUMBER));
        } else if (d.cardNumber() != null && !CARD.matcher(d.cardNumber()).matches()) {
            v.add(Violation.of("cardNumber", "member.validation.cardNumber"));
        }
        if (d.citizenId() != null && !CITIZEN_ID.matcher(d.citizenId()).matches()) {
            v.add(Violation.of("citizenId", "member.validation.citizenId"));
        }
        if (d.phone() != null && !PHONE.matcher(d.phone()).matches()) {
            v.add(Violation.of("phone", "member.validation.phone"));
        }
        if (FieldLimits.tooLong(d.email(), FieldLimits.EMAIL)) {
            v.add(Violation.of("email", FieldLimits.MESSAGE_KEY, FieldLimits.EMAIL));
        } else if (d.email() != null && !EMAIL.matcher(d.email()).matches()) {
            v.add(Violation.of("email", "member.validation.email"));
        }
        DateLimits.check(v, "admissionDate", d.admissionDate());
        DateLimits.check(v, "officialDate", d.officialDate());
        if (d.transferInDate() != null && d.transferInDate().isAfter(today)) {
            v.add(Violation.of("transferInDate", "validation.notFuture"));
        }
        for (String[] f : new String[][] {{"ethnicity", d.ethnicity()}, {"religion", d.religion()},
                {"hometown", d.hometown()}, {"residence", d.residence()}, {"education", d.education()},
                {"politicalTheory", d.politicalTheory()}, {"occupation", d.occupation()}}) {
            FieldLimits.check(v, f[0], f[1], FieldLimits.NAME);
        }
        FieldLimits.check(v, "notes", d.notes(), FieldLimits.TEXT);
        return v;
    }

    private static void add(List<Violation> v, String field, Decision d) {
        if (d.denied()) {
            v.add(d.violation(field));
        }
    }
}
