package vn.dangbo.member.importing;

/** Where an import stands. */
public enum ImportStatus {
    /** Some columns were not recognised: the user maps them. */
    MAPPING,
    /** Checked; waiting for the user's confirmation. */
    PREVIEW,
    /** Confirmed, waiting for a worker. */
    QUEUED,
    /** Being written, in one transaction. */
    RUNNING,
    /** Written. */
    DONE,
    /** Nothing was written (an unexpected error, or the application stopped during the run). */
    FAILED,
    /** Dropped by the user. */
    CANCELLED,
    /** Left unconfirmed for too long; its rows were deleted. */
    EXPIRED;

    public boolean open() {
        return this == MAPPING || this == PREVIEW;
    }

    public boolean working() {
        return this == QUEUED || this == RUNNING;
    }

    public String messageKey() {
        return "member.import.status." + name();
    }
}
