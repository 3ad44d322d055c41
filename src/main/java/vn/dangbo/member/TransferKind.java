package vn.dangbo.member;

/** Movements of a member between organizations (chuyển sinh hoạt đảng). */
public enum TransferKind {
    /** First registration in an organization of the system. */
    JOINED,
    /** Official transfer to another organization of the system. */
    OFFICIAL,
    /** Temporary attachment to another organization of the system. */
    TEMPORARY,
    /** Temporary attachment to an organization outside the system. */
    TEMPORARY_EXTERNAL,
    /** End of a temporary attachment. */
    RETURNED,
    /** Official transfer out of the system. */
    OUT,
    /** Official transfer in from outside the system. */
    IN;

    public String messageKey() {
        return "member.transfer.kind." + name();
    }

    /** The kinds a person chooses on the transfer form. */
    public static final java.util.List<TransferKind> CHOOSABLE = java.util.List.of(OFFICIAL, TEMPORARY,
            TEMPORARY_EXTERNAL, RETURNED, OUT, IN);
}
