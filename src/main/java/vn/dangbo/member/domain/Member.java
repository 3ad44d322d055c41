package vn.dangbo.member.domain;

import vn.dangbo.member.MemberData;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangbo.member.Gender;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.shared.text.CitizenIds;

/** A member record as stored (register fields of form 7-HSĐV plus citizen ID and phone). */
public record Member(long id, long organizationId, String orgPath, Long tempOrganizationId, String tempOrgPath,
        String tempExternal, String fullName, String familyName, String middleName, String givenName,
        LocalDate dateOfBirth, Gender gender, String ethnicity, String religion, String hometown, String residence,
        LocalDate admissionDate, LocalDate officialDate, String cardNumber, String citizenId, String phone,
        String email, String education, String politicalTheory, String occupation, LocalDate transferInDate,
        LocalDate transferOutDate, String notes, MemberStatus currentStatus, LocalDate statusSince,
        OffsetDateTime updatedAt, String updatedBy, int version) {

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

    /** The state kept in the audit trail; the citizen ID only masked (RULES.md §9: masked in logs). */
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>(data().auditState());
        m.put("organizationId", organizationId);
        m.put("tempOrganizationId", tempOrganizationId);
        m.put("tempExternal", tempExternal);
        m.put("transferOutDate", transferOutDate == null ? null : transferOutDate.toString());
        m.put("currentStatus", currentStatus.name());
        m.put("statusSince", statusSince.toString());
        return m;
    }
}
