package vn.dangbo.resolution;

/** How a target's value is obtained from its owners: entered directly, or the sum, average or minimum of theirs. */
public enum Rollup {
    DIRECT, SUM, AVERAGE, MIN;

    public String messageKey() {
        return "target.rollup." + name();
    }
}
