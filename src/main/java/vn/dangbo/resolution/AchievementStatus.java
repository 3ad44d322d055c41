package vn.dangbo.resolution;

/** Where a target stands in a period. */
public enum AchievementStatus {
    EXCEEDED, MET, IN_PROGRESS, NOT_MET, NO_DATA;

    /** Counted in "đạt X/Y chỉ tiêu". */
    public boolean achieved() {
        return this == MET || this == EXCEEDED;
    }

    public String messageKey() {
        return "achievement.status." + name();
    }
}
