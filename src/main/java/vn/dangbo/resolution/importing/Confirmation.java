package vn.dangbo.resolution.importing;

/** How the confirmation of an import ended. */
public enum Confirmation {
    /** Every row to import was written. */
    DONE,
    /** The data changed since the preview: nothing was written and the rows were checked again. */
    CHECKED_AGAIN
}
