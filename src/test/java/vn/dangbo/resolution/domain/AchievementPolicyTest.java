package vn.dangbo.resolution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangbo.resolution.Accumulation.CUMULATIVE;
import static vn.dangbo.resolution.Accumulation.LEVEL;
import static vn.dangbo.resolution.AchievementStatus.EXCEEDED;
import static vn.dangbo.resolution.AchievementStatus.IN_PROGRESS;
import static vn.dangbo.resolution.AchievementStatus.MET;
import static vn.dangbo.resolution.AchievementStatus.NOT_MET;
import static vn.dangbo.resolution.AchievementStatus.NO_DATA;
import static vn.dangbo.resolution.TargetKind.AT_LEAST;
import static vn.dangbo.resolution.TargetKind.AT_MOST;
import static vn.dangbo.resolution.TargetKind.COUNT_OF_TOTAL;
import static vn.dangbo.resolution.TargetKind.PERCENT_OF_ESTIMATE;
import static vn.dangbo.resolution.TargetKind.RATE;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.dangbo.resolution.domain.AchievementPolicy.Achievement;
import vn.dangbo.shared.format.VietnameseFormat;

/** Achievement of targets (RULES.md §4), with the figures of the seed articles. */
class AchievementPolicyTest {

    final AchievementPolicy policy = new AchievementPolicy();

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    Achievement at(boolean finalPeriod, String kind, String plan, String value) {
        return policy.evaluate(switch (kind) {
            case "at least" -> AT_LEAST;
            case "at most" -> AT_MOST;
            case "count" -> COUNT_OF_TOTAL;
            case "estimate" -> PERCENT_OF_ESTIMATE;
            default -> RATE;
        }, CUMULATIVE, plan == null ? null : n(plan), value == null ? null : n(value), finalPeriod);
    }

    @Nested
    class AValueToReachOrExceed {

        @Test
        void placing611WorkersAgainstAPlanOf485Is126PercentAndExceeded() {
            Achievement a = at(true, "at least", "485", "611");
            assertThat(a.status()).isEqualTo(EXCEEDED);
            assertThat(a.percentOfPlan()).isEqualByComparingTo("125.98");
            assertThat(VietnameseFormat.percent(a.percentOfPlan(), 0)).isEqualTo("126%");
        }

        @Test
        void thirteenNewMembersAgainstAPlanOfThirteenIsMetAtExactly100Percent() {
            Achievement a = at(true, "at least", "13", "13");
            assertThat(a.status()).isEqualTo(MET);
            assertThat(VietnameseFormat.percent(a.percentOfPlan())).isEqualTo("100%");
        }

        @Test
        void fallingShortAtTheYearEndIsNotMet() {
            assertThat(at(true, "at least", "14", "11").status()).isEqualTo(NOT_MET);
        }

        @Test
        void fallingShortBeforeTheYearEndIsStillInProgress() {
            Achievement a = at(false, "at least", "14", "9");
            assertThat(a.status()).isEqualTo(IN_PROGRESS);
            assertThat(a.percentOfPlan()).isEqualByComparingTo("64.29");
        }
    }

    @Nested
    class APercentageOfAnEstimate {

        @Test
        void collecting85comma98PercentOfTheBudgetEstimateAfterNineMonthsIsInProgress() {
            Achievement a = at(false, "estimate", "14500000000", "12467100000");
            assertThat(VietnameseFormat.percent(a.percentOfPlan())).isEqualTo("85,98%");
            assertThat(a.status()).isEqualTo(IN_PROGRESS);
        }

        @Test
        void collectingTheWholeEstimateByTheYearEndIsMetAt100Percent() {
            Achievement a = at(true, "estimate", "12000000000", "12000000000");
            assertThat(a.status()).isEqualTo(MET);
            assertThat(VietnameseFormat.percent(a.percentOfPlan())).isEqualTo("100%");
        }
    }

    @Nested
    class ACountOutOfATotal {

        @Test
        void eightOfNineSchoolsAgainstAPlanOfNineIsInProgressBeforeTheYearEnd() {
            Achievement a = at(false, "count", "9", "8");
            assertThat(a.status()).isEqualTo(IN_PROGRESS);
            assertThat(VietnameseFormat.percent(a.percentOfPlan())).isEqualTo("88,89%");
        }

        @Test
        void eightOfNineSchoolsAgainstAPlanOfEightIsMet() {
            assertThat(at(false, "count", "8", "8").status()).isEqualTo(MET);
        }
    }

    @Nested
    class ARate {

        @Test
        void insuranceCoverageOf93comma64AgainstAPlanOf95Is98comma57PercentOfTheTarget() {
            Achievement a = policy.evaluate(RATE, LEVEL, n("95"), n("93.64"), false);
            assertThat(VietnameseFormat.percent(a.percentOfPlan())).isEqualTo("98,57%");
            assertThat(a.status()).isEqualTo(IN_PROGRESS);
        }

        @Test
        void culturedHouseholdsAt97comma78PercentAgainstAPlanOf98AtTheYearEndIsNotMet() {
            Achievement a = policy.evaluate(RATE, LEVEL, n("98"), n("97.78"), true);
            assertThat(a.status()).isEqualTo(NOT_MET);
            assertThat(VietnameseFormat.percent(a.percentOfPlan())).isEqualTo("99,78%");
        }

        @Test
        void militaryRecruitmentAt100PercentOfA100PercentPlanIsMetEvenBeforeTheYearEnd() {
            assertThat(policy.evaluate(RATE, LEVEL, n("100"), n("100"), false).status()).isEqualTo(MET);
        }
    }

    @Nested
    class ACeiling {

        @Test
        void stayingBelowTheCeilingAtTheYearEndIsExceeded() {
            assertThat(policy.evaluate(AT_MOST, LEVEL, n("1.0"), n("0.8"), true).status()).isEqualTo(EXCEEDED);
        }

        @Test
        void reachingTheCeilingExactlyIsMet() {
            assertThat(policy.evaluate(AT_MOST, LEVEL, n("1.0"), n("1.0"), true).status()).isEqualTo(MET);
        }

        @Test
        void goingAboveTheCeilingAtTheYearEndIsNotMet() {
            Achievement a = policy.evaluate(AT_MOST, LEVEL, n("1.0"), n("1.25"), true);
            assertThat(a.status()).isEqualTo(NOT_MET);
            assertThat(a.percentOfPlan()).isEqualByComparingTo("125.00");
        }

        @Test
        void aCumulativeCeilingAlreadyBrokenBeforeTheYearEndIsNotMetBecauseItCannotComeDown() {
            assertThat(policy.evaluate(AT_MOST, CUMULATIVE, n("2"), n("3"), false).status()).isEqualTo(NOT_MET);
        }

        @Test
        void aCumulativeCeilingNotYetReachedBeforeTheYearEndIsStillInProgress() {
            assertThat(policy.evaluate(AT_MOST, CUMULATIVE, n("2"), n("1"), false).status()).isEqualTo(IN_PROGRESS);
        }

        @Test
        void aLevelAboveTheCeilingBeforeTheYearEndCanStillComeDown() {
            assertThat(policy.evaluate(AT_MOST, LEVEL, n("1.0"), n("1.4"), false).status()).isEqualTo(IN_PROGRESS);
        }

        @Test
        void aZeroCeilingIsMetOnlyByZeroAndHasNoPercentage() {
            Achievement zero = policy.evaluate(AT_MOST, CUMULATIVE, n("0"), n("0"), true);
            assertThat(zero.status()).isEqualTo(MET);
            assertThat(zero.percentOfPlan()).isNull();
            assertThat(policy.evaluate(AT_MOST, CUMULATIVE, n("0"), n("1"), true).status()).isEqualTo(NOT_MET);
        }
    }

    @Nested
    class EdgeCases {

        @Test
        void aZeroPlanToReachIsMetByZeroAndExceededByAnythingMoreWithoutAPercentage() {
            Achievement met = at(true, "at least", "0", "0");
            assertThat(met.status()).isEqualTo(MET);
            assertThat(met.percentOfPlan()).isNull();
            assertThat(at(true, "at least", "0", "2").status()).isEqualTo(EXCEEDED);
        }

        @Test
        void noValueEnteredIsNoDataWhateverThePeriod() {
            assertThat(at(true, "at least", "10", null).status()).isEqualTo(NO_DATA);
            assertThat(at(false, "rate", "95", null).percentOfPlan()).isNull();
        }

        @Test
        void aTargetWithoutAPlanForTheYearCannotBeJudged() {
            assertThat(at(true, "at least", null, "5").status()).isEqualTo(NO_DATA);
        }

        @Test
        void percentagesAreRoundedHalfUpToTwoDecimals() {
            assertThat(at(true, "at least", "3", "2").percentOfPlan()).isEqualByComparingTo("66.67");
            assertThat(at(true, "at least", "8", "1").percentOfPlan()).isEqualByComparingTo("12.50");
        }
    }
}
