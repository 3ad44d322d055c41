package vn.dangbo.resolution.importing;

/** What confirming would do with a row. */
public enum RowAction {
    CREATE, UPDATE, UNCHANGED,
    /** Nothing to enter (a results row whose value is blank). */
    BLANK,
    ERROR;

    public boolean writes() {
        return this == CREATE || this == UPDATE;
    }

    public String messageKey() {
        return "resolution.import.action." + name();
    }
}
