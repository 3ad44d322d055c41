package vn.dangbo.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.member.domain.Member;
import vn.dangbo.member.domain.MemberRepository;
import vn.dangbo.member.domain.MemberSearch;
import vn.dangbo.member.domain.Transfer;
import vn.dangbo.organization.MemberCounts;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.PageResult;
import vn.dangbo.shared.Paging;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;

/**
 * Reading the member register, always within the signed-in account's scope. Opening a member's record is
 * audited; lists are not (they show no sensitive field unmasked).
 */
@Service
@Transactional(readOnly = true)
public class MemberDirectory {

    private final MemberRepository members;
    private final MemberSearch search;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final Clock clock;

    MemberDirectory(MemberRepository members, MemberSearch search, OrganizationDirectory organizations,
            AccessGuard guard, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.members = members;
        this.search = search;
        this.organizations = organizations;
        this.guard = guard;
        this.audit = audit;
    }

    /** A page of the list, filtered, in Vietnamese name order unless another order is asked for. */
    public PageResult<MemberListItem> find(MemberQuery query, Paging paging) {
        guard.require(Permission.MEMBER_VIEW);
        LocalDate today = LocalDate.now(clock);
        String prefix = prefixFor(query);
        List<Long> ids = query.position() == null ? null
                : organizations.memberIdsHolding(query.position(), prefix, today);
        PageResult<MemberListItem> page = search.find(query, prefix, ids, today, paging);
        return withOrganizationNames(page);
    }

    /** Ids of every member matching the query (at most {@code limit}), for exports. */
    public List<Long> findIds(MemberQuery query, int limit) {
        guard.require(Permission.MEMBER_EXPORT);
        LocalDate today = LocalDate.now(clock);
        String prefix = prefixFor(query);
        List<Long> ids = query.position() == null ? null
                : organizations.memberIdsHolding(query.position(), prefix, today);
        return search.ids(query, prefix, ids, today, limit);
    }

    private String prefixFor(MemberQuery query) {
        if (query.organizationId() == null) {
            return guard.scopePath();
        }
        OrganizationSummary org = organizations.find(query.organizationId())
                .orElseThrow(() -> DomainException.notFound("ORGANIZATION_NOT_FOUND", "organization.notFound"));
        if (!guard.within(org.path())) {
            throw new vn.dangbo.shared.security.OutsideScopeException("organization outside scope");
        }
        return org.path();
    }

    private PageResult<MemberListItem> withOrganizationNames(PageResult<MemberListItem> page) {
        Map<Long, String> names = organizations.names(page.items().stream().map(MemberListItem::organizationId)
                .collect(java.util.stream.Collectors.toSet()));
        return page.map(i -> new MemberListItem(i.id(), i.fullName(), i.dateOfBirth(), i.gender(), i.organizationId(),
                names.getOrDefault(i.organizationId(), ""), i.cardNumber(), i.maskedCitizenId(), i.phone(),
                i.admissionDate(), i.officialDate(), i.currentStatus(), i.tempOrganizationId()));
    }

    /** Opens a member record with its history; recorded in the audit trail (hence a writing transaction). */
    @Transactional
    public MemberDetail detail(long id) {
        Member m = readable(id);
        CurrentUser user = guard.current();
        audit.viewed(MemberRegistry.AUDIT_TYPE, id, m.orgPath(), "Xem hồ sơ đảng viên " + m.fullName());
        boolean revealable = mayRevealCitizenId(user, m);
        Map<Long, String> orgNames = new HashMap<>();
        List<Transfer> transfers = members.transfers(id);
        Set<Long> orgIds = new HashSet<>();
        transfers.forEach(t -> {
            if (t.fromOrganizationId() != null) {
                orgIds.add(t.fromOrganizationId());
            }
            if (t.toOrganizationId() != null) {
                orgIds.add(t.toOrganizationId());
            }
        });
        orgIds.forEach(oid -> orgNames.put(oid, organizations.find(oid).map(OrganizationSummary::name).orElse("")));
        List<MemberDetail.TransferRow> rows = transfers.stream()
                .map(t -> new MemberDetail.TransferRow(TransferEntry.of(t), name(orgNames, t.fromOrganizationId()),
                        name(orgNames, t.toOrganizationId())))
                .toList();
        OrganizationSummary org = organizations.get(m.organizationId());
        OrganizationSummary temp = m.tempOrganizationId() == null ? null
                : organizations.find(m.tempOrganizationId()).orElse(null);
        return new MemberDetail(MemberRecord.of(m).withoutCitizenId(), org, temp, organizations.ancestors(org.id()),
                m.maskedCitizenId(), members.statusHistory(id).stream().map(StatusEntry::of).toList(), rows, organizations.positionsOf(id),
                revealable && m.citizenId() != null);
    }

    /**
     * The member's full citizen ID number ("Hiện số định danh"): an explicit action of those who maintain the record,
     * or of the member, recorded in the audit trail every time. Everywhere else the number stays masked.
     */
    @Transactional
    public Optional<String> revealCitizenId(long id) {
        Member m = readable(id);
        if (!mayRevealCitizenId(guard.current(), m)) {
            throw new org.springframework.security.access.AccessDeniedException("citizen id not to be revealed");
        }
        audit.viewed(MemberRegistry.AUDIT_TYPE, id, m.orgPath(), "Hiện số định danh cá nhân của đảng viên "
                + m.fullName());
        return Optional.ofNullable(m.citizenId());
    }

    private boolean mayRevealCitizenId(CurrentUser user, Member m) {
        return (user.can(Permission.MEMBER_MANAGE) || user.can(Permission.CITIZEN_ID_VIEW)) && guard.within(m.orgPath())
                || Long.valueOf(m.id()).equals(user.memberId());
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? null : names.get(id);
    }

    /** The member record for the edit form (which shows it, so it is audited as a view too). */
    @Transactional
    public MemberRecord forEdit(long id) {
        Member m = members.findById(id)
                .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND", "member.notFound"));
        guard.require(Permission.MEMBER_MANAGE, m.orgPath());
        audit.viewed(MemberRegistry.AUDIT_TYPE, id, m.orgPath(), "Mở hồ sơ đảng viên để sửa " + m.fullName());
        return MemberRecord.of(m);
    }

    /** The status in force on a date (counting rules ask "as of date D"); empty before the first record. */
    public Optional<MemberStatus> statusAsOf(long id, LocalDate date) {
        readable(id);
        return members.statusAsOf(id, date);
    }

    /** The organization a member officially belonged to on a date. */
    public Optional<Long> organizationAsOf(long id, LocalDate date) {
        readable(id);
        return members.organizationAsOf(id, date);
    }

    /** Current counts of an organization's subtree (for dashboards of other modules). */
    public MemberCounts counts(long organizationId) {
        OrganizationSummary org = organizations.get(organizationId);
        guard.require(Permission.ORGANIZATION_VIEW, org.path());
        return members.counts(org.path(), true, LocalDate.now(clock));
    }

    /**
     * The roll of the list's organization (the one filtered on, else the account's scope) as of today, by the one
     * definition ({@link vn.dangbo.member.domain.RollPolicy}), shown beside the list's total.
     */
    public MemberCounts roll(MemberQuery query) {
        guard.require(Permission.MEMBER_VIEW);
        return members.counts(prefixFor(query), true, LocalDate.now(clock));
    }

    /** How many members the organization's subtree admitted from..to (as the admissions source counts them). */
    public long admissionsCount(long organizationId, LocalDate from, LocalDate to) {
        MemberQuery q = new MemberQuery(null, organizationId, List.of(), null, null, null, null, true,
                MemberQuery.Sort.NAME, from, to);
        guard.require(Permission.MEMBER_VIEW);
        return search.find(q, prefixFor(q), null, LocalDate.now(clock), new Paging(0, 1)).total();
    }

    /** The roll among an export's members within the list's organization, as of today. */
    MemberCounts rollAmong(MemberQuery query, List<Long> ids) {
        return members.countsAmong(ids, prefixFor(query), LocalDate.now(clock));
    }

    /** A member's record is readable by those with MEMBER_VIEW on its home or host organization, and by the member. */
    private Member readable(long id) {
        CurrentUser user = guard.current();
        Member m = members.findById(id)
                .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND", "member.notFound"));
        boolean self = Long.valueOf(id).equals(user.memberId()) && user.can(Permission.SELF_VIEW);
        boolean inScope = user.can(Permission.MEMBER_VIEW)
                && (guard.within(m.orgPath()) || (m.tempOrgPath() != null && guard.within(m.tempOrgPath())));
        if (!self && !inScope) {
            throw new vn.dangbo.shared.security.OutsideScopeException("member outside scope");
        }
        return m;
    }
}
