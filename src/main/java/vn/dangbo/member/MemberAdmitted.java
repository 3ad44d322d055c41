package vn.dangbo.member;

import java.time.LocalDate;

/**
 * A member admitted to the Party was entered in an organization's register (registration of kind
 * {@link RegistrationKind#MEMBER}, by the form, the API or an import row), published in the registering transaction:
 * the member, the organization and its path, the admission date, the official date if already recognised, and the
 * status the register now shows (probationary or official).
 */
public record MemberAdmitted(long memberId, long organizationId, String orgPath, LocalDate admissionDate,
        LocalDate officialDate, MemberStatus status) {}
