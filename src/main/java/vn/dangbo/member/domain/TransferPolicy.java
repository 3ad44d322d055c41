package vn.dangbo.member.domain;

import java.time.LocalDate;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.member.TransferKind;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.shared.Decision;

/**
 * Which transfers (chuyển sinh hoạt đảng, RULES.md §1: official or temporary, in or out) the register
 * accepts: only members on the roll move; a temporary attachment needs a home to return to; a transfer in
 * is for a member who was transferred out; targets are live organizations that register members; dates are
 * never in the future nor before the status in force.
 */
public class TransferPolicy {

    public Decision check(Member m, TransferKind kind, OrganizationSummary target, String external,
            LocalDate date, LocalDate today) {
        if (date == null) {
            return Decision.deny("validation.required").on("effectiveDate");
        }
        if (date.isAfter(today)) {
            return Decision.deny("validation.notFuture").on("effectiveDate");
        }
        if (date.isBefore(m.statusSince())) {
            return Decision.deny("member.rule.statusBeforeCurrent").on("effectiveDate");
        }
        MemberStatus s = m.currentStatus();
        switch (kind) {
            case OFFICIAL, TEMPORARY -> {
                if (!s.onRoll() || (kind == TransferKind.TEMPORARY && s == MemberStatus.TEMPORARY_OUT)) {
                    return Decision.deny("member.transfer.rule.notMovable").on("kind");
                }
                Decision t = checkTarget(target);
                if (t.denied()) {
                    return t;
                }
                if (target.id() == m.organizationId()) {
                    return Decision.deny("member.transfer.rule.sameOrganization").on("toOrganizationId");
                }
            }
            case TEMPORARY_EXTERNAL, OUT -> {
                if (!s.onRoll() || (kind == TransferKind.TEMPORARY_EXTERNAL && s == MemberStatus.TEMPORARY_OUT)) {
                    return Decision.deny("member.transfer.rule.notMovable").on("kind");
                }
                if (external == null) {
                    return Decision.deny("member.transfer.rule.externalRequired").on("externalOrganization");
                }
            }
            case RETURNED -> {
                if (s != MemberStatus.TEMPORARY_OUT && s != MemberStatus.TEMPORARY_IN) {
                    return Decision.deny("member.transfer.rule.notTemporary").on("kind");
                }
            }
            case IN -> {
                if (s != MemberStatus.TRANSFERRED_OUT) {
                    return Decision.deny("member.transfer.rule.notTransferredOut").on("kind");
                }
                Decision t = checkTarget(target);
                if (t.denied()) {
                    return t;
                }
            }
            case JOINED -> {
                return Decision.deny("member.transfer.rule.notMovable").on("kind");
            }
        }
        return Decision.allow();
    }

    private static Decision checkTarget(OrganizationSummary target) {
        if (target == null) {
            return Decision.deny("member.transfer.rule.targetRequired").on("toOrganizationId");
        }
        if (target.dissolved() || !target.kind().holdsMembers()) {
            return Decision.deny("member.transfer.rule.targetNotCell").on("toOrganizationId");
        }
        return Decision.allow();
    }
}
