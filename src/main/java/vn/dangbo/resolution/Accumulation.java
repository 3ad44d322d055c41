package vn.dangbo.resolution;

/** How a target's value behaves over a year. */
public enum Accumulation {
    /** Accumulates from the start of the year (budget collected, workers placed): a period reports the running total. */
    CUMULATIVE,
    /** A level at a date (insurance coverage, schools at standard): a period reports the level at its end. */
    LEVEL;

    public String messageKey() {
        return "target.accumulation." + name();
    }
}
