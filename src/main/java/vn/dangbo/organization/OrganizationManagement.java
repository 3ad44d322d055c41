package vn.dangbo.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.organization.domain.CommitteePosition;
import vn.dangbo.organization.domain.Organization;
import vn.dangbo.organization.domain.OrganizationHierarchyPolicy;
import vn.dangbo.organization.domain.OrganizationRepository;
import vn.dangbo.organization.domain.PositionRepository;
import vn.dangbo.organization.domain.Term;
import vn.dangbo.organization.domain.TermRepository;
import vn.dangbo.shared.Versions;
import vn.dangbo.shared.Decision;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.FieldLimits;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.Violation;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.security.Role;
import vn.dangbo.shared.text.VietnameseText;

/**
 * Changes to the organization tree: create, edit, move, dissolve; terms; committee positions. Each change
 * checks the signed-in account's permission and scope, applies the hierarchy rules and is audited.
 */
@Service
@Transactional
public class OrganizationManagement {

    static final String AUDIT_TYPE = "ORGANIZATION";

    private final OrganizationRepository organizations;
    private final TermRepository terms;
    private final PositionRepository positions;
    private final OrganizationHierarchyPolicy hierarchy;
    private final OrganizationMembers members;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganizationManagement(OrganizationRepository organizations, TermRepository terms, PositionRepository positions,
            OrganizationHierarchyPolicy hierarchy, OrganizationMembers members, AccessGuard guard, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.organizations = organizations;
        this.terms = terms;
        this.positions = positions;
        this.hierarchy = hierarchy;
        this.members = members;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
    }

    /** Creates an organization under a parent (or at the top, for the system administrator only). */
    public long create(Long parentId, OrganizationData data) {
        CurrentUser user;
        Organization parent = null;
        if (parentId == null) {
            user = guard.require(Permission.ORGANIZATION_MANAGE);
            if (user.role() != Role.SYSTEM_ADMIN) {
                throw new AccessDeniedException("only the administrator creates top-level organizations");
            }
        } else {
            parent = load(parentId);
            user = guard.require(Permission.ORGANIZATION_MANAGE, parent.path());
            if (parent.dissolved()) {
                throw DomainException.invalid("PARENT_DISSOLVED", "organization.rule.parentDissolved").onField("parentId");
            }
        }
        OrganizationData d = cleaned(data);
        check(hierarchy.mayPlace(d.kind(), parent == null ? null : parent.kind()), "kind");
        long id = organizations.nextId();
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        organizations.insert(id, parentId, path, parent == null ? 0 : parent.depth() + 1, d, user.username());
        Organization created = load(id);
        audit.created(AUDIT_TYPE, id, path, "Tạo tổ chức đảng " + d.name(), created.auditState());
        return id;
    }

    /** Edits the organization; {@code version} is the one the change was made from (required, see {@link Versions}). */
    public void update(long id, Integer version, OrganizationData data) {
        Organization before = load(id);
        CurrentUser user = guard.require(Permission.ORGANIZATION_MANAGE, before.path());
        int expected = Versions.require(version);
        OrganizationData d = cleaned(data);
        if (d.kind() != before.kind()) {
            Organization parent = before.parentId() == null ? null : load(before.parentId());
            check(hierarchy.mayPlace(d.kind(), parent == null ? null : parent.kind()), "kind");
            for (Organization child : organizations.children(id, false)) {
                check(hierarchy.mayPlace(child.kind(), d.kind()), "kind");
            }
            if (before.kind().holdsMembers() && !d.kind().holdsMembers()
                    && members.counts(before.path(), false).total() > 0) {
                throw DomainException.invalid("KIND_HAS_MEMBERS", "organization.rule.kindHasMembers").onField("kind");
            }
        }
        if (!organizations.update(id, expected, d, user.username())) {
            throw Versions.stale("ORGANIZATION_CHANGED", organizations.changedAt(id));
        }
        audit.updated(AUDIT_TYPE, id, before.path(), "Sửa tổ chức đảng " + d.name(), before.auditState(),
                load(id).auditState());
    }

    /** Moves an organization, with its whole subtree and members, under another parent. */
    public void move(long id, Long newParentId) {
        Organization org = load(id);
        guard.require(Permission.ORGANIZATION_MANAGE, org.path());
        if (newParentId == null) {
            throw DomainException.invalid("PARENT_REQUIRED", "validation.required").onField("newParentId");
        }
        Organization newParent = load(newParentId);
        CurrentUser user = guard.require(Permission.ORGANIZATION_MANAGE, newParent.path());
        if (newParent.path().startsWith(org.path())) {
            throw DomainException.invalid("MOVE_INTO_ITSELF", "organization.rule.moveIntoItself").onField("newParentId");
        }
        if (newParent.dissolved()) {
            throw DomainException.invalid("PARENT_DISSOLVED", "organization.rule.parentDissolved").onField("newParentId");
        }
        check(hierarchy.mayPlace(org.kind(), newParent.kind()), "newParentId");
        if (newParentId.equals(org.parentId())) {
            return;
        }
        String newPath = newParent.path() + id + "/";
        organizations.move(id, newParentId, org.path(), newPath, user.username());
        events.publishEvent(new OrganizationMoved(id, org.path(), newPath));
        Map<String, Object> before = Map.of("parentId", org.parentId() == null ? "" : org.parentId(), "path", org.path());
        Map<String, Object> after = Map.of("parentId", newParentId, "path", newPath);
        audit.updated(AUDIT_TYPE, id, newPath, "Chuyển tổ chức " + org.name() + " sang " + newParent.name(), before,
                after);
    }

    /** Dissolves an organization that no longer has live sub-organizations or members. */
    public void dissolve(long id, LocalDate on, String reason) {
        Organization org = load(id);
        CurrentUser user = guard.require(Permission.ORGANIZATION_MANAGE, org.path());
        if (org.dissolved()) {
            throw DomainException.invalid("ALREADY_DISSOLVED", "organization.rule.alreadyDissolved");
        }
        if (on == null) {
            throw DomainException.invalid("DATE_REQUIRED", "validation.required").onField("dissolvedOn");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("DATE_IN_FUTURE", "validation.notFuture").onField("dissolvedOn");
        }
        if (organizations.countActiveChildren(id) > 0) {
            throw DomainException.invalid("HAS_CHILDREN", "organization.rule.dissolveHasChildren");
        }
        MemberCounts counts = members.counts(org.path(), true);
        if (counts.total() + counts.temporaryIn() > 0) {
            throw DomainException.invalid("HAS_MEMBERS", "organization.rule.dissolveHasMembers", counts.total());
        }
        FieldLimits.require("reason", VietnameseText.cleanToNull(reason), FieldLimits.TEXT);
        organizations.dissolve(id, on, VietnameseText.cleanToNull(reason), user.username());
        events.publishEvent(new OrganizationDissolved(id, org.path(), on));
        audit.updated(AUDIT_TYPE, id, org.path(), "Giải thể tổ chức " + org.name(), org.auditState(),
                load(id).auditState());
    }

    public long addTerm(long organizationId, String label, LocalDate startsOn, LocalDate endsOn) {
        Organization org = load(organizationId);
        CurrentUser user = guard.require(Permission.ORGANIZATION_MANAGE, org.path());
        if (startsOn == null) {
            throw DomainException.invalid("DATE_REQUIRED", "validation.required").onField("startsOn");
        }
        if (endsOn == null) {
            throw DomainException.invalid("DATE_REQUIRED", "validation.required").onField("endsOn");
        }
        if (!endsOn.isAfter(startsOn)) {
            throw DomainException.invalid("TERM_DATES", "organization.term.endsBeforeStart").onField("endsOn");
        }
        if (terms.overlaps(organizationId, startsOn, endsOn)) {
            throw DomainException.invalid("TERM_OVERLAP", "organization.term.overlaps").onField("startsOn");
        }
        String cleanLabel = VietnameseText.cleanToNull(label);
        FieldLimits.require("label", cleanLabel, FieldLimits.CODE);
        if (cleanLabel == null) {
            cleanLabel = startsOn.getYear() + "–" + endsOn.getYear();
        }
        long id = terms.insert(organizationId, cleanLabel, startsOn, endsOn, user.username());
        audit.created("ORGANIZATION_TERM", id, org.path(), "Thêm nhiệm kỳ " + cleanLabel + " cho " + org.name(),
                Map.of("label", cleanLabel, "startsOn", startsOn.toString(), "endsOn", endsOn.toString()));
        return id;
    }

    /** Appoints a member registered within the organization's subtree to a committee position. */
    public long appoint(long organizationId, Long memberId, PartyPosition position, LocalDate startsOn,
            String decisionRef) {
        Organization org = load(organizationId);
        CurrentUser user = guard.require(Permission.ORGANIZATION_MANAGE, org.path());
        if (memberId == null) {
            throw DomainException.invalid("MEMBER_REQUIRED", "validation.required").onField("memberId");
        }
        String memberPath = members.organizationPathOfMember(memberId)
                .orElseThrow(() -> DomainException.invalid("MEMBER_NOT_FOUND", "member.notFound").onField("memberId"));
        if (!memberPath.startsWith(org.path())) {
            throw DomainException.invalid("MEMBER_OUTSIDE", "organization.position.memberOutside").onField("memberId");
        }
        if (position == null) {
            throw DomainException.invalid("POSITION_REQUIRED", "validation.required").onField("position");
        }
        if (startsOn == null) {
            throw DomainException.invalid("DATE_REQUIRED", "validation.required").onField("startsOn");
        }
        FieldLimits.require("decisionRef", VietnameseText.cleanToNull(decisionRef), FieldLimits.DECISION_REF);
        Long termId = terms.current(organizationId, startsOn).map(Term::id).orElse(null);
        long id = positions.insert(organizationId, termId, memberId, position, startsOn,
                VietnameseText.cleanToNull(decisionRef), user.username());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("memberId", memberId);
        state.put("position", position.name());
        state.put("startsOn", startsOn.toString());
        state.put("decisionRef", decisionRef);
        audit.created("COMMITTEE_POSITION", id, org.path(), "Bổ nhiệm chức vụ trong " + org.name(), state);
        return id;
    }

    public void endPosition(long positionId, LocalDate endsOn) {
        CommitteePosition p = positions.findById(positionId)
                .orElseThrow(() -> DomainException.notFound("POSITION_NOT_FOUND", "organization.position.notFound"));
        Organization org = load(p.organizationId());
        CurrentUser user = guard.require(Permission.ORGANIZATION_MANAGE, org.path());
        if (endsOn == null || endsOn.isBefore(p.startsOn())) {
            throw DomainException.invalid("POSITION_END", "organization.position.endBeforeStart").onField("endsOn");
        }
        positions.end(positionId, endsOn, user.username());
        audit.updated("COMMITTEE_POSITION", positionId, org.path(), "Thôi giữ chức vụ trong " + org.name(),
                Map.of("endsOn", ""), Map.of("endsOn", endsOn.toString()));
    }

    private Organization load(long id) {
        return organizations.findById(id)
                .orElseThrow(() -> DomainException.notFound("ORGANIZATION_NOT_FOUND", "organization.notFound"));
    }

    private static void check(Decision decision, String field) {
        if (decision.denied()) {
            throw (decision.field() == null ? decision.on(field) : decision).refusal("HIERARCHY");
        }
    }

    private static OrganizationData cleaned(OrganizationData d) {
        if (d.kind() == null) {
            throw DomainException.invalid("KIND_REQUIRED", "validation.required").onField("kind");
        }
        String name = VietnameseText.cleanToNull(d.name());
        if (name == null) {
            throw DomainException.invalid("NAME_REQUIRED", "validation.required").onField("name");
        }
        OrganizationData c = new OrganizationData(d.kind(), d.kind().hasCellType() ? d.cellType() : null, name,
                VietnameseText.cleanToNull(d.placeName()), d.establishedOn(), VietnameseText.cleanToNull(d.notes()));
        List<Violation> v = new ArrayList<>();
        FieldLimits.check(v, "name", c.name(), FieldLimits.NAME);
        FieldLimits.check(v, "placeName", c.placeName(), FieldLimits.NAME);
        FieldLimits.check(v, "notes", c.notes(), FieldLimits.TEXT);
        ValidationFailed.throwIfAny(v);
        return c;
    }
}
