package vn.dangbo.resolution;

public enum PeriodStatus {
    OPEN, CLOSED;

    public String messageKey() {
        return "period.status." + name();
    }
}
