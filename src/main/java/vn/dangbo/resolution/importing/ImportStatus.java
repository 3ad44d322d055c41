package vn.dangbo.resolution.importing;

/** Where an import stands: checked and waiting for confirmation, written, discarded, or left too long. */
public enum ImportStatus {
    PREVIEW, DONE, CANCELLED, EXPIRED;

    public String messageKey() {
        return "resolution.import.status." + name();
    }
}
