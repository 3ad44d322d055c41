package vn.dangbo.resolution.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.dangbo.resolution.Accumulation;
import vn.dangbo.resolution.AchievementStatus;
import vn.dangbo.resolution.TargetKind;

/**
 * How far a target is achieved in a period (RULES.md §4: targets to reach or exceed, ceilings, x of y,
 * percentages of an estimate, rates; a target can exceed 100%, "vượt chỉ tiêu").
 * <ul>
 * <li>Percent of plan = value ÷ plan × 100, kept to two decimals; undefined for a zero or missing plan.</li>
 * <li>Higher is better (all kinds but the ceiling): value above plan is exceeded, equal is met; below plan is
 * not met in the period that closes the plan (the year's last period, or the term) and in progress before.</li>
 * <li>Ceiling (at most): value below plan is exceeded, equal is met, above is not met; before the final period a
 * cumulative value within the ceiling is still in progress (the year is not over), while a value already above
 * a cumulative ceiling is not met (it cannot come down).</li>
 * <li>No value: no data.</li>
 * </ul>
 */
public class AchievementPolicy {

    public record Achievement(BigDecimal percentOfPlan, AchievementStatus status) {}

    public Achievement evaluate(TargetKind kind, Accumulation accumulation, BigDecimal plan, BigDecimal value,
            boolean finalPeriod) {
        if (value == null) {
            return new Achievement(null, AchievementStatus.NO_DATA);
        }
        BigDecimal percent = plan == null || plan.signum() == 0 ? null
                : value.multiply(BigDecimal.valueOf(100)).divide(plan, 2, RoundingMode.HALF_UP);
        if (plan == null) {
            return new Achievement(null, AchievementStatus.NO_DATA);
        }
        int cmp = value.compareTo(plan);
        AchievementStatus status;
        if (kind.higherIsBetter()) {
            if (cmp > 0) {
                status = AchievementStatus.EXCEEDED;
            } else if (cmp == 0) {
                status = AchievementStatus.MET;
            } else {
                status = finalPeriod ? AchievementStatus.NOT_MET : AchievementStatus.IN_PROGRESS;
            }
        } else {
            if (cmp > 0) {
                status = finalPeriod || accumulation == Accumulation.CUMULATIVE ? AchievementStatus.NOT_MET
                        : AchievementStatus.IN_PROGRESS;
            } else if (!finalPeriod && accumulation == Accumulation.CUMULATIVE) {
                status = AchievementStatus.IN_PROGRESS;
            } else {
                status = cmp < 0 ? AchievementStatus.EXCEEDED : AchievementStatus.MET;
            }
        }
        return new Achievement(percent, status);
    }
}
