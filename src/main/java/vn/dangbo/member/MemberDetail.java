package vn.dangbo.member;

import java.util.List;
import vn.dangbo.organization.OrganizationDirectory.HeldPosition;
import vn.dangbo.organization.OrganizationSummary;

/**
 * A member record with its history, as the detail page shows it. {@code citizenIdShown} is always masked: showing
 * the full number is an explicit, audited action ({@link MemberDirectory#revealCitizenId}) that only those who
 * maintain the record (and the member) may take ({@code citizenIdRevealable}).
 */
public record MemberDetail(MemberRecord member, OrganizationSummary organization, OrganizationSummary tempOrganization,
        List<OrganizationSummary> organizationAncestors, String citizenIdShown, List<StatusEntry> statusHistory,
        List<TransferRow> transfers, List<HeldPosition> positions, boolean citizenIdRevealable) {

    /** A transfer with the names of the organizations involved. */
    public record TransferRow(TransferEntry transfer, String fromName, String toName) {}
}
