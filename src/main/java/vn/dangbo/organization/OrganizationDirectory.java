package vn.dangbo.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.organization.domain.Organization;
import vn.dangbo.organization.domain.OrganizationRepository;
import vn.dangbo.organization.domain.PositionRepository;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.security.OrganizationPaths;

/**
 * Read access to the organization tree for every module. It does not check scopes itself: callers decide
 * what the signed-in person may see (through the access guard) and pass scope paths where lists are asked.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory implements OrganizationPaths {

    /** Upper bound on pickers (select boxes); a ward has at most a few hundred organizations. */
    public static final int PICKER_LIMIT = 2000;

    private final OrganizationRepository organizations;
    private final PositionRepository positions;

    OrganizationDirectory(OrganizationRepository organizations, PositionRepository positions) {
        this.organizations = organizations;
        this.positions = positions;
    }

    @Override
    public Optional<String> pathOf(long organizationId) {
        return organizations.pathOf(organizationId);
    }

    public Optional<OrganizationSummary> find(long id) {
        return organizations.findById(id).map(Organization::summary);
    }

    /** Names of organizations by id, in one query (a list page names the organization of every row). */
    public Map<Long, String> names(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : organizations.names(ids);
    }

    public OrganizationSummary get(long id) {
        return find(id).orElseThrow(() -> DomainException.notFound("ORGANIZATION_NOT_FOUND", "organization.notFound"));
    }

    /** From the root down to the parent of the organization. */
    public List<OrganizationSummary> ancestors(long id) {
        return organizations.findById(id).map(o -> organizations.ancestors(o.path()).stream()
                .map(Organization::summary).toList()).orElse(List.of());
    }

    /** The organizations that register members (cells, grassroots cells, party groups) within a scope, by name. */
    public List<OrganizationSummary> memberHolders(String scopePath) {
        return organizations.within(scopePath, List.of(OrganizationKind.CELL, OrganizationKind.GRASSROOTS_CELL,
                OrganizationKind.PARTY_GROUP), PICKER_LIMIT).stream().map(Organization::summary).toList();
    }

    /** Every live organization within a scope, by name. */
    public List<OrganizationSummary> within(String scopePath) {
        return organizations.within(scopePath, List.of(OrganizationKind.values()), PICKER_LIMIT).stream()
                .map(Organization::summary).toList();
    }

    public List<OrganizationSummary> ofKinds(String scopePath, List<OrganizationKind> kinds) {
        return organizations.within(scopePath, kinds, PICKER_LIMIT).stream().map(Organization::summary).toList();
    }

    /** Live organizations within a scope whose name contains the text (case-insensitive). */
    public List<OrganizationSummary> findByName(String scopePath, String name, int limit) {
        return organizations.findByName(scopePath, name, limit).stream().map(Organization::summary).toList();
    }

    /** The whole live subtree under an organization, itself included, by depth then name. */
    public List<OrganizationSummary> subtree(long id) {
        return organizations.findById(id).map(o -> organizations.subtree(o.path(), false).stream()
                .map(Organization::summary).toList()).orElse(List.of());
    }

    /** Direct live children, by name. */
    public List<OrganizationSummary> children(long id) {
        return organizations.children(id, false).stream().map(Organization::summary).toList();
    }

    /** The nearest ward committee at or above the organization. */
    public Optional<OrganizationSummary> wardOf(long id) {
        Optional<Organization> org = organizations.findById(id);
        if (org.isEmpty()) {
            return Optional.empty();
        }
        if (org.get().kind() == OrganizationKind.WARD_COMMITTEE) {
            return Optional.of(org.get().summary());
        }
        return organizations.ancestors(org.get().path()).stream()
                .filter(a -> a.kind() == OrganizationKind.WARD_COMMITTEE)
                .reduce((first, second) -> second)
                .map(Organization::summary);
    }

    /** Members who hold the position on the date in organizations within the scope. */
    public List<Long> memberIdsHolding(PartyPosition position, String scopePath, LocalDate on) {
        return positions.holders(position, scopePath, on);
    }

    /** Positions a member holds or held, newest first, with the organization's name. */
    public List<HeldPosition> positionsOf(long memberId) {
        return positions.ofMember(memberId).stream()
                .map(p -> new HeldPosition(p.organizationId(),
                        organizations.findById(p.organizationId()).map(Organization::name).orElse(""),
                        p.position(), p.startsOn(), p.endsOn(), p.decisionRef()))
                .toList();
    }

    public long count() {
        return organizations.count();
    }

    /** A position a member holds or held in an organization's committee. */
    public record HeldPosition(long organizationId, String organizationName, PartyPosition position,
            LocalDate startsOn, LocalDate endsOn, String decisionRef) {}
}
