package vn.dangbo.resolution;

/** Review state of an entered value: entered (submitted), accepted by the office, or sent back for correction. */
public enum ResultStatus {
    SUBMITTED, ACCEPTED, RETURNED;

    public String messageKey() {
        return "result.status." + name();
    }
}
