package vn.dangbo.resolution;

/** Where a target stands in a period. */
public enum AchievementStatus {
    EXCEEDED, MET, IN_PROGRESS, NOT_MET, NO_DATA,
    /** In the province roll-up: a ward that has no value for the indicator in the period ("chưa báo cáo"). */
    NOT_REPORTED;

    /** Counted in "đạt X/Y chỉ tiêu". */
    public boolean achieved() {
        return this == MET || this == EXCEEDED;
    }

    public String messageKey() {
        return "achievement.status." + name();
    }
}
