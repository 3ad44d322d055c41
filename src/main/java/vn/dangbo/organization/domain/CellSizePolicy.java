package vn.dangbo.organization.domain;

import vn.dangbo.organization.MemberCounts;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.shared.Decision;

/** A cell needs at least 3 official members (Party Charter Art. 24.1). */
public class CellSizePolicy {

    public static final int MINIMUM_OFFICIAL_MEMBERS = 3;

    public Decision check(OrganizationKind kind, MemberCounts counts) {
        if (kind.isCell() && counts.official() < MINIMUM_OFFICIAL_MEMBERS) {
            return Decision.deny("organization.warning.tooFewOfficial", counts.official(), MINIMUM_OFFICIAL_MEMBERS);
        }
        return Decision.allow();
    }
}
