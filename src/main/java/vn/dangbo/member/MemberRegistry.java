package vn.dangbo.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.member.domain.Member;
import vn.dangbo.member.domain.MemberRepository;
import vn.dangbo.member.domain.MemberValidator;
import vn.dangbo.member.domain.StatusChangePolicy;
import vn.dangbo.member.domain.TransferPolicy;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.shared.Versions;
import vn.dangbo.shared.Decision;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.FieldLimits;
import vn.dangbo.shared.Violation;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.text.VietnameseText;

/**
 * Changes to the member register: registration, corrections, status changes and transfers. Every change
 * checks permission and organization scope, applies the Party rules, keeps history rows with effective
 * dates, and is audited with the state before and after.
 */
@Service
@Transactional
public class MemberRegistry {

    public static final String AUDIT_TYPE = "MEMBER";

    private final MemberRepository members;
    private final MemberValidator validator;
    private final StatusChangePolicy statusPolicy;
    private final TransferPolicy transferPolicy;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberRegistry(MemberRepository members, MemberValidator validator, StatusChangePolicy statusPolicy,
            TransferPolicy transferPolicy, OrganizationDirectory organizations, AccessGuard guard, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.members = members;
        this.validator = validator;
        this.statusPolicy = statusPolicy;
        this.transferPolicy = transferPolicy;
        this.organizations = organizations;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Registers a member in an organization that registers members.
     *
     * @param externalOrganization where a transferred-in or temporarily attached member comes from
     */
    public long register(Long organizationId, MemberData data, RegistrationKind kind, String externalOrganization) {
        guard.require(Permission.MEMBER_MANAGE);
        MemberData d = data.cleaned();
        LocalDate today = LocalDate.now(clock);
        List<Violation> violations = new ArrayList<>(validator.validate(d, today));
        OrganizationSummary org = null;
        if (organizationId == null) {
            violations.add(Violation.of("organizationId", "validation.required"));
        } else {
            org = organizations.find(organizationId).orElse(null);
            if (org == null || !guard.within(org.path())) {
                // the pages only offer organizations within scope: anything else is tampering, and an unknown id
                // answers exactly like one outside the scope, so that ids cannot be enumerated through the body
                throw new vn.dangbo.shared.security.OutsideScopeException("organization unknown or outside scope");
            }
            if (org.dissolved() || !org.kind().holdsMembers()) {
                violations.add(Violation.of("organizationId", "member.transfer.rule.targetNotCell"));
            }
        }
        String external = VietnameseText.cleanToNull(externalOrganization);
        if (kind != RegistrationKind.MEMBER && external == null) {
            violations.add(Violation.of("externalOrganization", "member.transfer.rule.externalRequired"));
        }
        FieldLimits.check(violations, "externalOrganization", external, FieldLimits.NAME);
        violations.addAll(uniqueness(d, null));
        ValidationFailed.throwIfAny(violations);
        CurrentUser user = guard.require(Permission.MEMBER_MANAGE, org.path());
        return insert(org, d, kind, external, today, user.username());
    }

    /** Registration without the checks, for callers that validated already (the import, in its own transaction). */
    long insert(OrganizationSummary org, MemberData d, RegistrationKind kind, String external, LocalDate today,
            String actor) {
        boolean official = d.officialDate() != null && !d.officialDate().isAfter(today);
        MemberStatus status = kind == RegistrationKind.TEMPORARY_IN ? MemberStatus.TEMPORARY_IN
                : official ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
        LocalDate joined = kind == RegistrationKind.MEMBER ? d.admissionDate()
                : Objects.requireNonNullElse(d.transferInDate(), today);
        LocalDate since = switch (status) {
            case OFFICIAL -> kind == RegistrationKind.MEMBER ? d.officialDate() : joined;
            case PROBATIONARY -> kind == RegistrationKind.MEMBER ? d.admissionDate() : joined;
            default -> joined;
        };
        long id = members.insert(d, org.id(), org.path(), status, since, actor);
        if (status == MemberStatus.TEMPORARY_IN) {
            members.insertStatus(id, status, since, external, null, actor);
        } else if (kind == RegistrationKind.MEMBER) {
            members.insertStatus(id, MemberStatus.PROBATIONARY, d.admissionDate(), null, null, actor);
            if (official) {
                members.insertStatus(id, MemberStatus.OFFICIAL, d.officialDate(), null, null, actor);
            }
        } else {
            members.insertStatus(id, status, since, null, null, actor);
        }
        TransferKind transferKind = kind == RegistrationKind.MEMBER ? TransferKind.JOINED
                : kind == RegistrationKind.TRANSFERRED_IN ? TransferKind.IN : TransferKind.TEMPORARY_EXTERNAL;
        members.insertTransfer(id, transferKind, null, org.id(), external, joined, null, null, actor);
        if (kind == RegistrationKind.TRANSFERRED_IN) {
            members.setTransferIn(id, joined, actor);
        }
        Member created = members.findById(id).orElseThrow();
        audit.created(AUDIT_TYPE, id, org.path(), "Thêm đảng viên " + created.fullName(), created.auditState());
        if (kind == RegistrationKind.MEMBER) {
            events.publishEvent(new MemberAdmitted(id, org.id(), org.path(), d.admissionDate(),
                    official ? d.officialDate() : null, status));
        }
        return id;
    }

    /** A member the import registers: the data checked, the cell, how they came. */
    record Registration(OrganizationSummary org, MemberData data, RegistrationKind kind) {}

    /**
     * Registration of many members without the checks (the import checked them, in its own transaction), set-based:
     * the same status, history, transfer rows and audit events as {@link #insert} for each, written with one COPY per
     * table instead of about six statements per member. Returns the new ids, in order.
     */
    List<Long> insertAll(List<Registration> registrations, LocalDate today, String actor) {
        List<MemberRepository.NewMember> rows = new ArrayList<>(registrations.size());
        for (Registration r : registrations) {
            rows.add(newMember(r.org(), r.data(), r.kind(), null, today));
        }
        List<Long> ids = members.insertAll(rows, actor);
        List<AuditTrail.Created> audited = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            MemberRepository.NewMember m = rows.get(i);
            String fullName = vn.dangbo.shared.text.PersonName.parse(m.data().fullName()).fullName();
            Map<String, Object> state = new java.util.LinkedHashMap<>(m.data().withFullName(fullName).auditState());
            state.put("organizationId", m.organizationId());
            state.put("tempOrganizationId", null);
            state.put("tempExternal", null);
            state.put("transferOutDate", null);
            state.put("currentStatus", m.status().name());
            state.put("statusSince", m.statusSince().toString());
            audited.add(new AuditTrail.Created(ids.get(i), m.orgPath(), "Thêm đảng viên " + fullName, state));
        }
        audit.createdAll(AUDIT_TYPE, audited);
        return ids;
    }

    /** The register row, history and joining transfer of a new member, as {@link #insert} writes them. */
    private static MemberRepository.NewMember newMember(OrganizationSummary org, MemberData d, RegistrationKind kind,
            String external, LocalDate today) {
        boolean official = d.officialDate() != null && !d.officialDate().isAfter(today);
        MemberStatus status = kind == RegistrationKind.TEMPORARY_IN ? MemberStatus.TEMPORARY_IN
                : official ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
        LocalDate joined = kind == RegistrationKind.MEMBER ? d.admissionDate()
                : Objects.requireNonNullElse(d.transferInDate(), today);
        LocalDate since = switch (status) {
            case OFFICIAL -> kind == RegistrationKind.MEMBER ? d.officialDate() : joined;
            case PROBATIONARY -> kind == RegistrationKind.MEMBER ? d.admissionDate() : joined;
            default -> joined;
        };
        List<MemberRepository.NewStatus> history = new ArrayList<>();
        if (status == MemberStatus.TEMPORARY_IN) {
            history.add(new MemberRepository.NewStatus(status, since, external));
        } else if (kind == RegistrationKind.MEMBER) {
            history.add(new MemberRepository.NewStatus(MemberStatus.PROBATIONARY, d.admissionDate(), null));
            if (official) {
                history.add(new MemberRepository.NewStatus(MemberStatus.OFFICIAL, d.officialDate(), null));
            }
        } else {
            history.add(new MemberRepository.NewStatus(status, since, null));
        }
        TransferKind transferKind = kind == RegistrationKind.MEMBER ? TransferKind.JOINED
                : kind == RegistrationKind.TRANSFERRED_IN ? TransferKind.IN : TransferKind.TEMPORARY_EXTERNAL;
        // a transfer in stores its date on the register row (what setTransferIn does after a single registration)
        MemberData data = kind == RegistrationKind.TRANSFERRED_IN ? d.withTransferInDate(joined) : d;
        return new MemberRepository.NewMember(data, org.id(), org.path(), status, since, history, transferKind,
                external, joined);
    }

    /** Corrects register fields; the status history follows corrected admission and official dates. */
    public void update(long id, Integer version, MemberData data) {
        Member before = load(id);
        CurrentUser user = guard.require(Permission.MEMBER_MANAGE, before.orgPath());
        int expected = Versions.require(version);
        MemberData d = data.cleaned();
        List<Violation> violations = new ArrayList<>(validator.validate(d, LocalDate.now(clock)));
        if (!Objects.equals(d.officialDate(), before.officialDate())
                && (before.officialDate() == null || d.officialDate() == null)) {
            violations.add(Violation.of("officialDate", "member.rule.officialDateByStatus"));
        }
        violations.addAll(uniqueness(d, id));
        ValidationFailed.throwIfAny(violations);
        apply(before, expected, d, user.username());
    }

    /** The update without the permission checks, for the import (which checked scope and rows already). */
    void apply(Member before, int version, MemberData d, String actor) {
        if (!members.update(before.id(), version, d, actor)) {
            throw Versions.stale("MEMBER_CHANGED", members.changedAt(before.id()));
        }
        correctHistory(before, d, actor);
        Member after = members.findById(before.id()).orElseThrow();
        audit.updated(AUDIT_TYPE, before.id(), after.orgPath(), "Sửa hồ sơ đảng viên " + after.fullName(),
                before.auditState(), after.auditState());
    }

    private void correctHistory(Member before, MemberData d, String actor) {
        if (!Objects.equals(before.admissionDate(), d.admissionDate())) {
            members.correctStatusDate(before.id(), MemberStatus.PROBATIONARY, before.admissionDate(), d.admissionDate());
        }
        if (before.officialDate() != null && d.officialDate() != null
                && !before.officialDate().equals(d.officialDate())) {
            members.correctStatusDate(before.id(), MemberStatus.OFFICIAL, before.officialDate(), d.officialDate());
        }
        members.refreshStatusSince(before.id());
    }

    /** Records a status change with its effective date (recognition as official, exemption, suspension, death...). */
    public void changeStatus(long id, MemberStatus to, LocalDate effectiveDate, String reason, String decisionRef) {
        Member m = load(id);
        CurrentUser user = guard.require(Permission.MEMBER_MANAGE, m.orgPath());
        if (to == null) {
            throw DomainException.invalid("STATUS_REQUIRED", "validation.required").onField("status");
        }
        if (effectiveDate == null) {
            throw DomainException.invalid("DATE_REQUIRED", "validation.required").onField("effectiveDate");
        }
        List<Violation> texts = new ArrayList<>();
        FieldLimits.check(texts, "reason", VietnameseText.cleanToNull(reason), FieldLimits.TEXT);
        FieldLimits.check(texts, "decisionRef", VietnameseText.cleanToNull(decisionRef), FieldLimits.DECISION_REF);
        ValidationFailed.throwIfAny(texts);
        Decision decision = statusPolicy.check(m, to, effectiveDate, LocalDate.now(clock));
        if (decision.denied()) {
            throw decision.refusal("STATUS_CHANGE_REFUSED");
        }
        LocalDate official = to == MemberStatus.OFFICIAL && !m.officialOn(effectiveDate) ? effectiveDate : null;
        members.insertStatus(id, to, effectiveDate, VietnameseText.cleanToNull(reason),
                VietnameseText.cleanToNull(decisionRef), user.username());
        members.setStatus(id, to, effectiveDate, official, user.username());
        audit.updated(AUDIT_TYPE, id, m.orgPath(), "Thay đổi tình trạng đảng viên " + m.fullName(),
                Map.of("currentStatus", m.currentStatus().name(), "statusSince", m.statusSince().toString()),
                Map.of("currentStatus", to.name(), "statusSince", effectiveDate.toString()));
        publishStatusChange(m, members.findById(id).orElseThrow(), effectiveDate);
    }

    /** Moves a member: official or temporary transfer inside the system, out of it, back from it. */
    public void transfer(long id, TransferKind kind, Long toOrganizationId, String externalOrganization,
            LocalDate effectiveDate, String decisionRef, String reason) {
        Member m = load(id);
        CurrentUser user = guard.require(Permission.MEMBER_MANAGE, m.orgPath());
        if (kind == null) {
            throw DomainException.invalid("KIND_REQUIRED", "validation.required").onField("kind");
        }
        OrganizationSummary target = null;
        if (toOrganizationId != null && (kind == TransferKind.OFFICIAL || kind == TransferKind.TEMPORARY
                || kind == TransferKind.IN)) {
            target = organizations.find(toOrganizationId).orElse(null);
            if (target == null || !guard.within(target.path())) {
                // as in register: unknown and outside the scope answer alike
                throw new vn.dangbo.shared.security.OutsideScopeException("target organization unknown or outside scope");
            }
        }
        String external = VietnameseText.cleanToNull(externalOrganization);
        List<Violation> texts = new ArrayList<>();
        FieldLimits.check(texts, "externalOrganization", external, FieldLimits.NAME);
        FieldLimits.check(texts, "decisionRef", VietnameseText.cleanToNull(decisionRef), FieldLimits.DECISION_REF);
        FieldLimits.check(texts, "reason", VietnameseText.cleanToNull(reason), FieldLimits.TEXT);
        ValidationFailed.throwIfAny(texts);
        Decision decision = transferPolicy.check(m, kind, target, external, effectiveDate, LocalDate.now(clock));
        if (decision.denied()) {
            throw decision.refusal("TRANSFER_REFUSED");
        }
        String actor = user.username();
        String decisionText = VietnameseText.cleanToNull(decisionRef);
        String reasonText = VietnameseText.cleanToNull(reason);
        Long from = m.organizationId();
        Long to = null;
        MemberStatus active = m.officialOn(effectiveDate) ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY;
        switch (kind) {
            case OFFICIAL -> {
                to = target.id();
                members.setOrganization(id, target.id(), target.path(), actor);
                if (Objects.equals(m.tempOrganizationId(), target.id())) {
                    members.setTemporary(id, null, null, null, actor);
                    setStatus(m, active, effectiveDate, reasonText, decisionText, actor);
                }
            }
            case TEMPORARY -> {
                to = target.id();
                members.setTemporary(id, target.id(), target.path(), null, actor);
                setStatus(m, MemberStatus.TEMPORARY_OUT, effectiveDate, target.name(), decisionText, actor);
            }
            case TEMPORARY_EXTERNAL -> {
                members.setTemporary(id, null, null, external, actor);
                setStatus(m, MemberStatus.TEMPORARY_OUT, effectiveDate, external, decisionText, actor);
            }
            case RETURNED -> {
                from = m.tempOrganizationId();
                members.setTemporary(id, null, null, null, actor);
                if (m.currentStatus() == MemberStatus.TEMPORARY_IN) {
                    // a guest member's attachment here ends: they go back to their own organization elsewhere
                    members.setTransferOut(id, effectiveDate, actor);
                    setStatus(m, MemberStatus.TRANSFERRED_OUT, effectiveDate, reasonText, decisionText, actor);
                } else {
                    to = m.organizationId();
                    setStatus(m, active, effectiveDate, reasonText, decisionText, actor);
                }
            }
            case OUT -> {
                members.setTemporary(id, null, null, null, actor);
                members.setTransferOut(id, effectiveDate, actor);
                setStatus(m, MemberStatus.TRANSFERRED_OUT, effectiveDate, external, decisionText, actor);
            }
            case IN -> {
                from = null;
                to = target.id();
                members.setOrganization(id, target.id(), target.path(), actor);
                members.setTransferIn(id, effectiveDate, actor);
                setStatus(m, active, effectiveDate, external, decisionText, actor);
            }
            default -> throw new IllegalStateException();
        }
        members.insertTransfer(id, kind, from, to, external, effectiveDate, decisionText, reasonText, actor);
        Member after = members.findById(id).orElseThrow();
        audit.updated(AUDIT_TYPE, id, after.orgPath(), "Chuyển sinh hoạt đảng viên " + m.fullName(), m.auditState(),
                after.auditState());
        events.publishEvent(new MemberTransferred(id, kind, from, to, effectiveDate));
        publishStatusChange(m, after, effectiveDate);
    }

    /**
     * Records that a member left for an organization outside the system (chuyển sinh hoạt đi) on the date a
     * register gives, with the same rules as {@link #transfer}; for the import, which checked scope and rows already.
     */
    void recordTransferOut(long id, LocalDate date, String external, String actor) {
        Member m = members.findById(id).orElseThrow();
        Decision decision = transferPolicy.check(m, TransferKind.OUT, null, external, date, LocalDate.now(clock));
        if (decision.denied()) {
            throw decision.on("transferOutDate").refusal("TRANSFER_REFUSED");
        }
        members.setTemporary(id, null, null, null, actor);
        members.setTransferOut(id, date, actor);
        setStatus(m, MemberStatus.TRANSFERRED_OUT, date, external, null, actor);
        members.insertTransfer(id, TransferKind.OUT, m.organizationId(), null, external, date, null, null, actor);
        Member after = members.findById(id).orElseThrow();
        audit.updated(AUDIT_TYPE, id, after.orgPath(), "Chuyển sinh hoạt đảng viên " + m.fullName(), m.auditState(),
                after.auditState());
        events.publishEvent(new MemberTransferred(id, TransferKind.OUT, m.organizationId(), null, date));
        publishStatusChange(m, after, date);
    }

    /** {@link MemberStatusChanged} when the current status moved (a transfer between cells may leave it as it was). */
    private void publishStatusChange(Member before, Member after, LocalDate effectiveDate) {
        if (before.currentStatus() != after.currentStatus()) {
            events.publishEvent(new MemberStatusChanged(after.id(), after.organizationId(), after.orgPath(),
                    before.currentStatus(), after.currentStatus(), effectiveDate));
        }
    }

    private void setStatus(Member m, MemberStatus status, LocalDate date, String reason, String decision,
            String actor) {
        members.insertStatus(m.id(), status, date, reason, decision, actor);
        members.setStatus(m.id(), status, date, null, actor);
    }

    /** Card numbers and citizen IDs identify one member each. */
    List<Violation> uniqueness(MemberData d, Long selfId) {
        List<Violation> v = new ArrayList<>();
        if (d.cardNumber() != null) {
            members.findByCardNumber(d.cardNumber()).filter(o -> !Objects.equals(o.id(), selfId))
                    .ifPresent(o -> v.add(Violation.of("cardNumber", "member.validation.cardNumberTaken")));
        }
        if (d.citizenId() != null) {
            members.findByCitizenId(d.citizenId()).filter(o -> !Objects.equals(o.id(), selfId))
                    .ifPresent(o -> v.add(Violation.of("citizenId", "member.validation.citizenIdTaken")));
        }
        return v;
    }

    private Member load(long id) {
        Member m = members.findById(id)
                .orElseThrow(() -> DomainException.notFound("MEMBER_NOT_FOUND", "member.notFound"));
        if (!guard.within(m.orgPath())) {
            throw new vn.dangbo.shared.security.OutsideScopeException("member outside scope");
        }
        return m;
    }
}
