package vn.dangbo.member.importing;

/** What a confirmation does with a row. */
public enum RowAction {
    /** A new member. */
    CREATE,
    /** An existing member (same card number or citizen ID) whose fields change. */
    UPDATE,
    /** An existing member whose fields are already as the row says. */
    UNCHANGED,
    /** Left out: the row has problems. */
    ERROR;

    public String messageKey() {
        return "member.import.action." + name();
    }
}
