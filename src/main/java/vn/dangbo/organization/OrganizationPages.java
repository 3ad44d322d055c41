package vn.dangbo.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.organization.domain.CellSizePolicy;
import vn.dangbo.organization.domain.CommitteePosition;
import vn.dangbo.organization.domain.Organization;
import vn.dangbo.organization.domain.OrganizationHierarchyPolicy;
import vn.dangbo.organization.domain.OrganizationRepository;
import vn.dangbo.organization.domain.PositionRepository;
import vn.dangbo.organization.domain.TermRepository;
import vn.dangbo.shared.Decision;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;

/**
 * What the organization pages show: one organization with its terms, committee, member counts and
 * warnings, and its children with theirs. Reads are scoped by the access guard.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationPages {

    private final OrganizationRepository organizations;
    private final TermRepository terms;
    private final PositionRepository positions;
    private final OrganizationMembers members;
    private final CellSizePolicy cellSize;
    private final OrganizationHierarchyPolicy hierarchy;
    private final AccessGuard guard;
    private final Clock clock;

    OrganizationPages(OrganizationRepository organizations, TermRepository terms, PositionRepository positions,
            OrganizationMembers members, CellSizePolicy cellSize, OrganizationHierarchyPolicy hierarchy,
            AccessGuard guard, Clock clock) {
        this.clock = clock;
        this.organizations = organizations;
        this.terms = terms;
        this.positions = positions;
        this.members = members;
        this.cellSize = cellSize;
        this.hierarchy = hierarchy;
        this.guard = guard;
    }

    /** A warning about an organization, as a message key with arguments. */
    public record Warning(String messageKey, List<Object> args) {}

    public record ChildRow(OrganizationSummary organization, MemberCounts counts, List<Warning> warnings) {}

    public record PositionRow(long id, PartyPosition position, long memberId, String memberName, LocalDate startsOn,
            LocalDate endsOn, String decisionRef, boolean current) {}

    public record Page(OrganizationRecord organization, List<OrganizationSummary> ancestors, MemberCounts ownCounts,
            MemberCounts subtreeCounts, List<Warning> warnings, List<OrganizationTerm> terms, List<PositionRow> committee,
            List<ChildRow> children, Set<OrganizationKind> childKinds) {}

    /** Where an account starts: its scope organization, or the top of the tree for the administrator. */
    public List<OrganizationSummary> starting() {
        var user = guard.require(Permission.ORGANIZATION_VIEW);
        if (user.isGlobal()) {
            return organizations.roots().stream().map(Organization::summary).toList();
        }
        return organizations.findById(user.scopeOrganizationId()).map(o -> List.of(o.summary())).orElse(List.of());
    }

    public Page page(long id) {
        Organization org = organizations.findById(id)
                .orElseThrow(() -> DomainException.notFound("ORGANIZATION_NOT_FOUND", "organization.notFound"));
        guard.require(Permission.ORGANIZATION_VIEW, org.path());
        LocalDate today = LocalDate.now(clock);
        List<OrganizationSummary> ancestors = organizations.ancestors(org.path()).stream()
                .filter(a -> guard.within(a.path())).map(Organization::summary).toList();
        List<Organization> children = organizations.children(id, false);
        Map<String, MemberCounts> childCounts = members.countsByChild(org.path());
        List<Long> childIds = children.stream().map(Organization::id).toList();
        Set<Long> withTerm = terms.withCurrentTerm(childIds, today);
        Set<Long> withSecretary = new HashSet<>(positions.organizationsWithHolder(childIds, PartyPosition.SECRETARY, today));
        List<ChildRow> rows = new ArrayList<>();
        for (Organization child : children) {
            MemberCounts counts = childCounts.getOrDefault(child.path(), MemberCounts.NONE);
            rows.add(new ChildRow(child.summary(), counts,
                    warnings(child, counts, withTerm.contains(child.id()), withSecretary.contains(child.id()))));
        }
        MemberCounts own = members.counts(org.path(), false);
        MemberCounts subtree = members.counts(org.path(), true);
        boolean hasTerm = terms.current(id, today).isPresent();
        List<CommitteePosition> all = positions.ofOrganization(id);
        boolean hasSecretary = all.stream().anyMatch(p -> p.position() == PartyPosition.SECRETARY && p.heldOn(today));
        Map<Long, String> names = members.names(all.stream().map(CommitteePosition::memberId).toList());
        List<PositionRow> committee = all.stream()
                .map(p -> new PositionRow(p.id(), p.position(), p.memberId(), names.getOrDefault(p.memberId(), "?"),
                        p.startsOn(), p.endsOn(), p.decisionRef(), p.heldOn(today)))
                .toList();
        return new Page(OrganizationRecord.of(org), ancestors, own, subtree,
                org.dissolved() ? List.of() : warnings(org, org.kind().isCell() ? own : subtree, hasTerm, hasSecretary),
                terms.ofOrganization(id).stream().map(OrganizationTerm::of).toList(), committee, rows, hierarchy.childKinds(org.kind()));
    }

    private List<Warning> warnings(Organization org, MemberCounts counts, boolean hasTerm, boolean hasSecretary) {
        List<Warning> w = new ArrayList<>();
        Decision size = cellSize.check(org.kind(), counts);
        if (size.denied()) {
            w.add(new Warning(size.reasonKey(), size.args()));
        }
        if (org.kind() != OrganizationKind.PARTY_GROUP && !hasTerm) {
            w.add(new Warning("organization.warning.noCurrentTerm", List.of()));
        }
        if (org.kind() != OrganizationKind.PARTY_GROUP && org.kind() != OrganizationKind.PROVINCIAL_COMMITTEE
                && !hasSecretary) {
            w.add(new Warning("organization.warning.noSecretary", List.of()));
        }
        return w;
    }

    /** Members who may be appointed to the organization's committee (registered in its subtree). */
    public List<OrganizationMembers.MemberChoice> appointable(long id) {
        Organization org = organizations.findById(id)
                .orElseThrow(() -> DomainException.notFound("ORGANIZATION_NOT_FOUND", "organization.notFound"));
        guard.require(Permission.ORGANIZATION_MANAGE, org.path());
        return members.choices(org.path(), 3000);
    }

    /** Organizations an organization may move under: within scope, of a kind that may hold it, not its own subtree. */
    public List<OrganizationSummary> moveTargets(long id) {
        Organization org = organizations.findById(id)
                .orElseThrow(() -> DomainException.notFound("ORGANIZATION_NOT_FOUND", "organization.notFound"));
        guard.require(Permission.ORGANIZATION_MANAGE, org.path());
        return organizations.within(guard.scopePath(), List.of(OrganizationKind.values()), 5000).stream()
                .filter(o -> !o.path().startsWith(org.path()))
                .filter(o -> hierarchy.mayPlace(org.kind(), o.kind()).allowed())
                .map(Organization::summary)
                .toList();
    }
}
