package vn.dangbo.member.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.dangbo.member.MemberStatus;

/** RULES.md §1 (member statuses, counted on a date), Charter Art. 3 (official and probationary), Art. 24. */
class RollPolicyTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @Test
    void exemptedSuspendedProsecutedAndTemporarilyAwayMembersStayOnTheirOwnOrganizationsRollUnderRules1() {
        for (MemberStatus s : EnumSet.of(MemberStatus.EXEMPTED, MemberStatus.SUSPENDED, MemberStatus.PROSECUTED,
                MemberStatus.TEMPORARY_OUT, MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY)) {
            assertThat(RollPolicy.onRoll(s)).as(s.name()).isTrue();
        }
    }

    @Test
    void membersTransferredOutRemovedExpelledOrDeceasedAreNoLongerOnTheRollUnderRules1() {
        for (MemberStatus s : EnumSet.of(MemberStatus.TRANSFERRED_OUT, MemberStatus.REMOVED, MemberStatus.EXPELLED,
                MemberStatus.DECEASED)) {
            assertThat(RollPolicy.onRoll(s)).as(s.name()).isFalse();
            assertThat(s.former()).isTrue();
        }
    }

    @Test
    void aMemberTemporarilyAttachedHereIsCountedBesideTheRollNotOnItSoThatNobodyIsCountedTwice() {
        assertThat(RollPolicy.onRoll(MemberStatus.TEMPORARY_IN)).isFalse();
        assertThat(RollPolicy.attachedIn(MemberStatus.TEMPORARY_IN)).isTrue();
        assertThat(MemberStatus.TEMPORARY_IN.former()).isFalse();
    }

    @Test
    void aMemberIsOfficialFromTheRecognitionDateOnAndProbationaryBeforeItUnderCharterArticle3() {
        LocalDate recognised = DAY.minusDays(1);
        assertThat(RollPolicy.official(MemberStatus.OFFICIAL, recognised, DAY)).isTrue();
        assertThat(RollPolicy.official(MemberStatus.OFFICIAL, DAY, DAY)).as("on the day itself").isTrue();
        assertThat(RollPolicy.official(MemberStatus.PROBATIONARY, null, DAY)).isFalse();
        assertThat(RollPolicy.probationary(MemberStatus.PROBATIONARY, null, DAY)).isTrue();
        assertThat(RollPolicy.official(MemberStatus.OFFICIAL, DAY.plusDays(1), DAY)).as("as of an earlier date").isFalse();
    }

    @Test
    void anExemptedOfficialMemberIsStillOfficialSoTheOfficialCountIncludesHimUnderRules1() {
        assertThat(RollPolicy.official(MemberStatus.EXEMPTED, LocalDate.of(1990, 5, 19), DAY)).isTrue();
        assertThat(RollPolicy.official(MemberStatus.DECEASED, LocalDate.of(1990, 5, 19), DAY)).as("gone").isFalse();
    }

    @Test
    void everyStatusIsOnTheRollAttachedOrGoneAndNeverTwo() {
        for (MemberStatus s : MemberStatus.values()) {
            int places = (RollPolicy.ON_ROLL.contains(s) ? 1 : 0) + (RollPolicy.ATTACHED_IN.contains(s) ? 1 : 0)
                    + (RollPolicy.GONE.contains(s) ? 1 : 0);
            assertThat(places).as(s.name()).isEqualTo(1);
        }
        assertThat(RollPolicy.ON_ROLL_SQL).isEqualTo(
                "('OFFICIAL','PROBATIONARY','EXEMPTED','TEMPORARY_OUT','SUSPENDED','PROSECUTED')");
        assertThat(RollPolicy.GONE_SQL).isEqualTo("('TRANSFERRED_OUT','REMOVED','EXPELLED','DECEASED')");
    }
}
