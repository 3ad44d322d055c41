package vn.dangbo.member.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.dangbo.member.Gender;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.member.TransferKind;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationSummary;

/** The Party rules of the member register, each citing its regulation. */
class MemberPoliciesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    static Member member(MemberStatus status, LocalDate admitted, LocalDate official, LocalDate since) {
        return new Member(1, 10, "/1/2/10/", null, null, null, "Nguyễn Thị Ánh", "Nguyễn", "Thị", "Ánh",
                LocalDate.of(1980, 1, 1), Gender.FEMALE, "Kinh", null, null, null, admitted, official, "90000001",
                null, null, null, null, null, null, null, null, null, status, since, null, null, 0);
    }

    @Nested
    class AdmissionAge {
        final AdmissionAgePolicy policy = new AdmissionAgePolicy();

        @Test
        void charterArticle1AdmitsOnlyFromThe18thBirthday() {
            assertThat(policy.check(LocalDate.of(2000, 5, 10), LocalDate.of(2018, 5, 10)).allowed()).isTrue();
            assertThat(policy.check(LocalDate.of(2000, 5, 10), LocalDate.of(2018, 5, 9)).denied()).isTrue();
        }
    }

    @Nested
    class Probation {
        final ProbationPolicy policy = new ProbationPolicy();

        @Test
        void charterArticle5KeepsAMemberProbationaryForTwelveMonths() {
            assertThat(policy.check(LocalDate.of(2024, 3, 3), LocalDate.of(2025, 3, 3)).allowed()).isTrue();
            var early = policy.check(LocalDate.of(2024, 3, 3), LocalDate.of(2025, 3, 2));
            assertThat(early.denied()).isTrue();
            assertThat(early.reasonKey()).isEqualTo("member.rule.probationTooShort");
        }
    }

    @Nested
    class StatusChanges {
        final StatusChangePolicy policy = new StatusChangePolicy(new ProbationPolicy());

        @Test
        void aProbationaryMemberIsRecognisedAsOfficialOnlyAfterTwelveMonths() {
            Member m = member(MemberStatus.PROBATIONARY, LocalDate.of(2025, 12, 3), null, LocalDate.of(2025, 12, 3));
            assertThat(policy.check(m, MemberStatus.OFFICIAL, LocalDate.of(2026, 11, 20), TODAY).denied()).isTrue();
            Member older = member(MemberStatus.PROBATIONARY, LocalDate.of(2025, 9, 3), null, LocalDate.of(2025, 9, 3));
            assertThat(policy.check(older, MemberStatus.OFFICIAL, LocalDate.of(2026, 9, 3), TODAY).allowed()).isTrue();
        }

        @Test
        void anOfficialMemberNeverBecomesProbationaryAgain() {
            Member m = member(MemberStatus.EXEMPTED, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 5), LocalDate.of(2020, 1, 1));
            assertThat(policy.check(m, MemberStatus.PROBATIONARY, LocalDate.of(2026, 1, 1), TODAY).reasonKey())
                    .isEqualTo("member.rule.officialCannotBeProbationary");
            assertThat(policy.check(m, MemberStatus.OFFICIAL, LocalDate.of(2026, 1, 1), TODAY).allowed()).isTrue();
        }

        @Test
        void removedExpelledAndDeceasedAreFinal() {
            for (MemberStatus last : new MemberStatus[] {MemberStatus.REMOVED, MemberStatus.EXPELLED, MemberStatus.DECEASED}) {
                Member m = member(last, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 5), LocalDate.of(2020, 1, 1));
                assertThat(policy.check(m, MemberStatus.OFFICIAL, LocalDate.of(2026, 1, 1), TODAY).reasonKey())
                        .isEqualTo("member.rule.finalStatus");
            }
        }

        @Test
        void historyStaysOrderedAndNeverLooksIntoTheFuture() {
            Member m = member(MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 5), LocalDate.of(2001, 1, 5));
            assertThat(policy.check(m, MemberStatus.EXEMPTED, LocalDate.of(2000, 12, 31), TODAY).reasonKey())
                    .isEqualTo("member.rule.statusBeforeCurrent");
            assertThat(policy.check(m, MemberStatus.EXEMPTED, TODAY.plusDays(1), TODAY).reasonKey())
                    .isEqualTo("validation.notFuture");
        }

        @Test
        void transferStatusesAreRecordedByTransfersNotByTheStatusForm() {
            Member m = member(MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 5), LocalDate.of(2001, 1, 5));
            assertThat(policy.check(m, MemberStatus.TRANSFERRED_OUT, LocalDate.of(2026, 1, 1), TODAY).reasonKey())
                    .isEqualTo("member.rule.statusByTransfer");
        }
    }

    @Nested
    class Transfers {
        final TransferPolicy policy = new TransferPolicy();
        final OrganizationSummary otherCell = new OrganizationSummary(11, 2L, "/1/2/11/", 2, OrganizationKind.CELL,
                CellType.RESIDENTIAL, "Chi bộ Khu phố 2", "Mỹ Thới", null);
        final OrganizationSummary ward = new OrganizationSummary(2, 1L, "/1/2/", 1, OrganizationKind.WARD_COMMITTEE,
                null, "Đảng bộ phường Mỹ Thới", "Mỹ Thới", null);

        @Test
        void anOnRollMemberMovesOfficiallyToAnotherLiveCell() {
            Member m = member(MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 5), LocalDate.of(2001, 1, 5));
            assertThat(policy.check(m, TransferKind.OFFICIAL, otherCell, null, LocalDate.of(2026, 1, 1), TODAY).allowed()).isTrue();
        }

        @Test
        void aMemberIsRegisteredInACellNotInAWardCommittee() {
            Member m = member(MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 5), LocalDate.of(2001, 1, 5));
            assertThat(policy.check(m, TransferKind.OFFICIAL, ward, null, LocalDate.of(2026, 1, 1), TODAY).reasonKey())
                    .isEqualTo("member.transfer.rule.targetNotCell");
        }

        @Test
        void aTransferOutNamesTheReceivingOrganization() {
            Member m = member(MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 5), LocalDate.of(2001, 1, 5));
            assertThat(policy.check(m, TransferKind.OUT, null, null, LocalDate.of(2026, 1, 1), TODAY).reasonKey())
                    .isEqualTo("member.transfer.rule.externalRequired");
        }

        @Test
        void onlyATransferredOutMemberComesBackIn() {
            Member m = member(MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 5), LocalDate.of(2001, 1, 5));
            assertThat(policy.check(m, TransferKind.IN, otherCell, null, LocalDate.of(2026, 1, 1), TODAY).reasonKey())
                    .isEqualTo("member.transfer.rule.notTransferredOut");
            Member gone = member(MemberStatus.TRANSFERRED_OUT, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 5), LocalDate.of(2025, 1, 5));
            assertThat(policy.check(gone, TransferKind.IN, otherCell, null, LocalDate.of(2026, 1, 1), TODAY).allowed()).isTrue();
        }

        @Test
        void aMemberAlreadyAttachedElsewhereIsNotAttachedTwice() {
            Member m = member(MemberStatus.TEMPORARY_OUT, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 5), LocalDate.of(2025, 1, 5));
            assertThat(policy.check(m, TransferKind.TEMPORARY, otherCell, null, LocalDate.of(2026, 1, 1), TODAY).denied()).isTrue();
            assertThat(policy.check(m, TransferKind.RETURNED, null, null, LocalDate.of(2026, 1, 1), TODAY).allowed()).isTrue();
        }
    }
}
