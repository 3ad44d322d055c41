package vn.dangbo.resolution;

/** Kinds of target (RULES.md §4). */
public enum TargetKind {
    /** A value to reach or exceed: "giới thiệu việc làm cho 611 lao động, đạt 126%". */
    AT_LEAST,
    /** A ceiling not to exceed: "tỷ lệ hộ nghèo dưới 1%". Lower is better. */
    AT_MOST,
    /** A count out of a total: "8/9 trường đạt chuẩn quốc gia". */
    COUNT_OF_TOTAL,
    /** A percentage of an estimate: "thu ngân sách đạt 85,98% dự toán". The plan is the estimate. */
    PERCENT_OF_ESTIMATE,
    /** A rate: "tỷ lệ bao phủ BHYT đạt 98,57% chỉ tiêu". Plan and value are percentages. */
    RATE;

    public boolean higherIsBetter() {
        return this != AT_MOST;
    }

    public String messageKey() {
        return "target.kind." + name();
    }
}
