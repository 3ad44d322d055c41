package vn.dangbo.organization;

/** Positions in a Party committee. */
public enum PartyPosition {
    SECRETARY, DEPUTY_SECRETARY, STANDING_COMMITTEE_MEMBER, COMMITTEE_MEMBER, GROUP_LEADER;

    public String messageKey() {
        return "organization.position." + name();
    }
}
