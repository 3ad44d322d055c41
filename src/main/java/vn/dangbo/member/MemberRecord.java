package vn.dangbo.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dangbo.member.domain.Member;
import vn.dangbo.shared.text.CitizenIds;

/**
 * A member record as the member pages and API read it (the module's public record; the stored row stays in
 * {@code domain}). On the detail page the citizen ID is left out ({@link MemberDetail#citizenIdShown} is the
 * masked one); only the edit form, which is audited as a view, carries it.
 */
public record MemberRecord(long id, long organizationId, String orgPath, Long tempOrganizationId, String tempOrgPath,
        String tempExternal, String fullName, String familyName, String middleName, String givenName,
        LocalDate dateOfBirth, Gender gender, String ethnicity, String religion, String hometown, String residence,
        LocalDate admissionDate, LocalDate officialDate, String cardNumber, String citizenId, String phone,
        String email, String education, String politicalTheory, String occupation, LocalDate transferInDate,
        LocalDate transferOutDate, String notes, MemberStatus currentStatus, LocalDate statusSince,
        OffsetDateTime updatedAt, String updatedBy, int version) {

    static MemberRecord of(Member m) {
        return new MemberRecord(m.id(), m.organizationId(), m.orgPath(), m.tempOrganizationId(), m.tempOrgPath(), m.tempExternal(), m.fullName(), m.familyName(), m.middleName(), m.givenName(), m.dateOfBirth(), m.gender(), m.ethnicity(), m.religion(), m.hometown(), m.residence(), m.admissionDate(), m.officialDate(), m.cardNumber(), m.citizenId(), m.phone(), m.email(), m.education(), m.politicalTheory(), m.occupation(), m.transferInDate(), m.transferOutDate(), m.notes(), m.currentStatus(), m.statusSince(), m.updatedAt(), m.updatedBy(), m.version());
    }

    /** The same record without the full citizen ID (the detail page and the API show the masked one). */
    MemberRecord withoutCitizenId() {
        return new MemberRecord(id, organizationId, orgPath, tempOrganizationId, tempOrgPath, tempExternal, fullName, familyName, middleName, givenName, dateOfBirth, gender, ethnicity, religion, hometown, residence, admissionDate, officialDate, cardNumber, null, phone, email, education, politicalTheory, occupation, transferInDate, transferOutDate, notes, currentStatus, statusSince, updatedAt, updatedBy, version);
    }

    public MemberData data() {
        return new MemberData(fullName, dateOfBirth, gender, ethnicity, religion, hometown, residence, admissionDate,
                officialDate, cardNumber, citizenId, phone, email, education, politicalTheory, occupation,
                transferInDate, notes);
    }

    public boolean officialOn(LocalDate date) {
        return officialDate != null && !officialDate.isAfter(date);
    }

    public String maskedCitizenId() {
        return CitizenIds.mask(citizenId);
    }
}
