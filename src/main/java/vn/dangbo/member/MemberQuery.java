package vn.dangbo.member;

import java.util.List;
import vn.dangbo.organization.PartyPosition;

/**
 * Filters of the member list. Blank fields do not filter. Former members (transferred out, removed,
 * expelled, deceased) are left out unless asked for by status or {@code includeFormer}.
 */
public record MemberQuery(String text, Long organizationId, List<MemberStatus> statuses, Gender gender,
        AgeBand ageBand, PartyAgeBand partyAgeBand, PartyPosition position, boolean includeFormer, Sort sort,
        java.time.LocalDate admittedFrom, java.time.LocalDate admittedTo) {

    /** Without the admission period. */
    public MemberQuery(String text, Long organizationId, List<MemberStatus> statuses, Gender gender, AgeBand ageBand,
            PartyAgeBand partyAgeBand, PartyPosition position, boolean includeFormer, Sort sort) {
        this(text, organizationId, statuses, gender, ageBand, partyAgeBand, position, includeFormer, sort, null, null);
    }

    /** Whether the list is limited to the members admitted by their organization in a period (a counted figure). */
    public boolean admittedInPeriod() {
        return admittedFrom != null && admittedTo != null;
    }

    public enum Sort { NAME, ADMISSION_DATE, BIRTH_DATE }

    public static MemberQuery all() {
        return new MemberQuery(null, null, List.of(), null, null, null, null, false, Sort.NAME);
    }

    public static MemberQuery text(String text) {
        return new MemberQuery(text, null, List.of(), null, null, null, null, false, Sort.NAME);
    }

    public MemberQuery {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        sort = sort == null ? Sort.NAME : sort;
    }
}
