package vn.dangbo.member;

import java.time.LocalDate;

/** A row of a member list; the citizen ID is always masked in lists. */
public record MemberListItem(long id, String fullName, LocalDate dateOfBirth, Gender gender, long organizationId,
        String organizationName, String cardNumber, String maskedCitizenId, String phone, LocalDate admissionDate,
        LocalDate officialDate, MemberStatus currentStatus, Long tempOrganizationId) {}
