package vn.dangbo.member.domain;

import java.time.LocalDate;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.shared.Decision;

/**
 * Which status changes the register accepts (RULES.md §1 and §2, Party Charter Art. 3–5 and 8):
 * <ul>
 * <li>removed, expelled and deceased members are final (re-admission is a new admission);</li>
 * <li>a transferred-out member returns only through a transfer in;</li>
 * <li>OFFICIAL is the recognition of a probationary member, after the 12-month probation ({@link ProbationPolicy});</li>
 * <li>an official member cannot go back to PROBATIONARY;</li>
 * <li>history is ordered: a change takes effect no earlier than the status in force, and never in the future.</li>
 * </ul>
 */
public class StatusChangePolicy {

    private final ProbationPolicy probation;

    public StatusChangePolicy(ProbationPolicy probation) {
        this.probation = probation;
    }

    public Decision check(Member member, MemberStatus to, LocalDate effectiveDate, LocalDate today) {
        MemberStatus from = member.currentStatus();
        if (effectiveDate.isAfter(today)) {
            return Decision.deny("validation.notFuture").on("effectiveDate");
        }
        if (effectiveDate.isBefore(member.statusSince())) {
            return Decision.deny("member.rule.statusBeforeCurrent").on("effectiveDate");
        }
        if (from == MemberStatus.REMOVED || from == MemberStatus.EXPELLED || from == MemberStatus.DECEASED) {
            return Decision.deny("member.rule.finalStatus").on("status");
        }
        if (from == MemberStatus.TRANSFERRED_OUT) {
            return Decision.deny("member.rule.transferredOutNeedsTransferIn").on("status");
        }
        if (!MemberStatus.SETTABLE.contains(to)) {
            return Decision.deny("member.rule.statusByTransfer").on("status");
        }
        if (to == from) {
            return Decision.deny("member.rule.sameStatus").on("status");
        }
        if (to == MemberStatus.OFFICIAL && !member.officialOn(effectiveDate)) {
            return probation.check(member.admissionDate(), effectiveDate).on("effectiveDate");
        }
        if (to == MemberStatus.PROBATIONARY && member.officialOn(effectiveDate)) {
            return Decision.deny("member.rule.officialCannotBeProbationary").on("status");
        }
        return Decision.allow();
    }
}
