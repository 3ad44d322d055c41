package vn.dangbo.resolution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.resolution.domain.Attachment;
import vn.dangbo.resolution.domain.AttachmentRepository;
import vn.dangbo.resolution.domain.PeriodRepository;
import vn.dangbo.resolution.domain.ReportingPeriod;
import vn.dangbo.resolution.domain.Resolution;
import vn.dangbo.resolution.domain.ResolutionRepository;
import vn.dangbo.resolution.domain.ResultChange;
import vn.dangbo.resolution.domain.ResultRepository;
import vn.dangbo.resolution.domain.Target;
import vn.dangbo.resolution.domain.TargetPlan;
import vn.dangbo.resolution.domain.TargetRepository;
import vn.dangbo.resolution.domain.TargetResult;
import vn.dangbo.shared.Versions;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.UploadedFile;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.FieldLimits;
import vn.dangbo.shared.Violation;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.text.VietnameseText;

/**
 * Values of targets for a period: owners enter them with a note and evidence files while the period is open; the
 * office reviews them and may send one back with a reason. Every change is kept (who, when, what) and audited.
 * A target with a DIRECT roll-up has one value for the issuing organization, entered by its office or an owner;
 * a cascaded target has one value per owner, each entered within that owner's scope.
 */
@Service
@Transactional
public class TargetResults {

    static final String AUDIT_TYPE = "TARGET_RESULT";
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ResultRepository results;
    private final TargetRepository targets;
    private final ResolutionRepository resolutions;
    private final PeriodRepository periods;
    private final AttachmentRepository attachments;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final CountedValues counted;

    TargetResults(ResultRepository results, TargetRepository targets, ResolutionRepository resolutions,
            PeriodRepository periods, AttachmentRepository attachments, OrganizationDirectory organizations,
            AccessGuard guard, AuditTrail audit, CountedValues counted) {
        this.counted = counted;
        this.results = results;
        this.targets = targets;
        this.resolutions = resolutions;
        this.periods = periods;
        this.attachments = attachments;
        this.organizations = organizations;
        this.guard = guard;
        this.audit = audit;
    }

    /** One slot a value is entered in: for the issuing organization (DIRECT) or for one owner. */
    public record Slot(long organizationId, String organizationName, TargetResult result, List<ResultChange> history,
            List<Attachment> evidence, boolean canEnter, boolean canReview) {}

    /**
     * Everything the entry page of one target in one period shows; {@code counted} is the value counted from the
     * records when the target's indicator is bound to a source (then nothing is typed, a note may explain it).
     */
    public record Entry(ReportingPeriod period, Resolution resolution, Target target, TargetPlan plan,
            List<Slot> slots, CountedValues.Counted counted) {}

    @Transactional(readOnly = true)
    public Entry entry(long periodId, long targetId) {
        ReportingPeriod period = period(periodId);
        Target target = target(targetId);
        Resolution resolution = resolutions.findById(target.resolutionId()).orElseThrow();
        guard.requireRelated(Permission.RESOLUTION_VIEW, resolution.orgPath());
        checkSameOrganization(period, resolution);
        TargetPlan plan = targets.plans(targetId).stream().filter(p -> p.year() == period.year()).findFirst().orElse(null);
        List<Long> slotOrgs = target.rollup() == Rollup.DIRECT ? List.of(resolution.organizationId())
                : targets.owners(targetId);
        Map<Long, String> names = organizations.names(slotOrgs);
        Map<Long, TargetResult> byOrg = new LinkedHashMap<>();
        results.ofTargetInPeriod(targetId, periodId).forEach(r -> byOrg.put(r.organizationId(), r));
        List<Slot> slots = new ArrayList<>();
        for (long org : slotOrgs) {
            TargetResult r = byOrg.get(org);
            slots.add(new Slot(org, names.get(org), r, r == null ? List.of() : results.historyOf(r.id()),
                    r == null ? List.of() : attachments.of(AttachmentRepository.RESULT, r.id()),
                    !period.closed() && mayEnter(target, resolution, org),
                    r != null && !period.closed() && mayReview(resolution)));
        }
        String source = counted.sourceOfTarget(targetId);
        return new Entry(period, resolution, target, plan, slots, source == null ? null
                : counted.counted(source, resolution.organizationId(), resolution.orgPath(), target.accumulation(), period));
    }

    /**
     * Enters (or corrects) a value. {@code organizationId} is the owner for a cascaded target and ignored for a
     * DIRECT one. {@code version} is the version of the value the person saw: -1 when they saw none, null when they
     * do not say (refused when there is a value already: it would be overwritten unseen).
     */
    public long enter(long periodId, long targetId, Long organizationId, BigDecimal value, BigDecimal total, String note,
            Integer version, List<UploadedFile> files) {
        guard.require(Permission.RESULT_ENTER);
        ReportingPeriod period = period(periodId);
        Target target = target(targetId);
        Resolution resolution = resolutions.findById(target.resolutionId()).orElseThrow();
        checkSameOrganization(period, resolution);
        long org = target.rollup() == Rollup.DIRECT ? resolution.organizationId() : requireOwner(target, organizationId);
        if (!mayEnter(target, resolution, org)) {
            throw new vn.dangbo.shared.security.OutsideScopeException("not an owner of this target within scope");
        }
        if (period.closed()) {
            throw DomainException.invalid("PERIOD_CLOSED", "period.closedReadOnly");
        }
        String cleanNote = VietnameseText.cleanToNull(note);
        String source = counted.sourceOfTarget(targetId);
        List<Violation> v;
        if (source != null) {
            // counted from the records: a typed value is refused; a note explaining the figure is kept beside the
            // value counted when it was written (the pages always show the value counted now)
            v = new ArrayList<>();
            if (value != null) {
                v.add(Violation.of("value", "result.validation.counted"));
            } else if (cleanNote == null) {
                v.add(Violation.of("note", "validation.required"));
            }
            FieldLimits.check(v, "note", cleanNote, FieldLimits.TEXT);
            if (v.isEmpty()) {
                OrganizationSummary o = organizations.get(org);
                value = counted.counted(source, org, o.path(), target.accumulation(), period).value();
                total = null;
            }
        } else {
            v = validate(target, value, total, cleanNote);
        }
        List<Attachments.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (UploadedFile f : files) {
                if (f != null && !f.isEmpty()) {
                    uploads.add(Attachments.read(f));
                }
            }
        }
        ValidationFailed.throwIfAny(v);
        CurrentUser user = guard.current();
        TargetResult existing = results.find(targetId, periodId, org).orElse(null);
        long id;
        if (existing == null) {
            id = results.insert(targetId, periodId, org, value, total, cleanNote, user.username());
            results.history(id, "ENTER", value, total, cleanNote, ResultStatus.SUBMITTED, user.username());
            audit.created(AUDIT_TYPE, id, resolution.orgPath(), "Nhập kết quả chỉ tiêu " + target.code() + " kỳ "
                    + period.kind().name() + " " + period.year(), state(value, total, cleanNote));
        } else {
            id = existing.id();
            int expected = Versions.require(version);
            if (expected < 0 || !results.update(id, expected, value, total, cleanNote, user.username())) {
                throw Versions.stale("RESULT_CHANGED", results.changedAt(id));
            }
            results.history(id, "CORRECT", value, total, cleanNote, ResultStatus.SUBMITTED, user.username());
            audit.updated(AUDIT_TYPE, id, resolution.orgPath(), "Sửa kết quả chỉ tiêu " + target.code() + " kỳ "
                    + period.kind().name() + " " + period.year(), state(existing.value(), existing.total(),
                    existing.note()), state(value, total, cleanNote));
        }
        for (Attachments.Upload u : uploads) {
            attachments.insert(AttachmentRepository.RESULT, id, u.fileName(), u.contentType(), u.content(), u.sha256(),
                    user.username());
            results.history(id, "EVIDENCE", value, total, u.fileName(), ResultStatus.SUBMITTED, user.username());
        }
        return id;
    }

    /**
     * The version of the value entered now for the slot (-1 for none), for the import: it checks its rows against
     * the period as it is now, in the confirming transaction, and then corrects what it showed on the preview.
     */
    int currentVersion(long periodId, long targetId, Long organizationId) {
        Target target = target(targetId);
        long org = target.rollup() == Rollup.DIRECT
                ? resolutions.findById(target.resolutionId()).orElseThrow().organizationId()
                : organizationId == null ? -1 : organizationId;
        return results.find(targetId, periodId, org).map(TargetResult::version).orElse(-1);
    }

    /** Adds evidence files to a value already entered (the API's multipart endpoint; the page sends them with the value). */
    public void attachEvidence(long resultId, List<UploadedFile> files) {
        guard.require(Permission.RESULT_ENTER);
        TargetResult r = results.findById(resultId)
                .orElseThrow(() -> DomainException.notFound("RESULT_NOT_FOUND", "result.notFound"));
        Target target = target(r.targetId());
        Resolution resolution = resolutions.findById(target.resolutionId()).orElseThrow();
        if (!mayEnter(target, resolution, r.organizationId())) {
            throw new vn.dangbo.shared.security.OutsideScopeException("not an owner of this target within scope");
        }
        if (period(r.periodId()).closed()) {
            throw DomainException.invalid("PERIOD_CLOSED", "period.closedReadOnly");
        }
        List<Attachments.Upload> uploads = new ArrayList<>();
        for (UploadedFile f : files == null ? List.<UploadedFile>of() : files) {
            if (f != null && !f.isEmpty()) {
                uploads.add(Attachments.read(f));
            }
        }
        if (uploads.isEmpty()) {
            throw DomainException.invalid("FILES_REQUIRED", "validation.required").onField("files");
        }
        String actor = guard.current().username();
        for (Attachments.Upload u : uploads) {
            attachments.insert(AttachmentRepository.RESULT, resultId, u.fileName(), u.contentType(), u.content(),
                    u.sha256(), actor);
            results.history(resultId, "EVIDENCE", r.value(), r.total(), u.fileName(), r.status(), actor);
        }
        audit.updated(AUDIT_TYPE, resultId, resolution.orgPath(), "Thêm minh chứng cho kết quả chỉ tiêu " + target.code(),
                Map.of("files", ""), Map.of("files", String.join(", ", uploads.stream().map(Attachments.Upload::fileName).toList())));
    }

    /** The office accepts a value, or sends it back with the reason (which the owner then sees). */
    public void review(long resultId, boolean accept, String note) {
        TargetResult r = results.findById(resultId)
                .orElseThrow(() -> DomainException.notFound("RESULT_NOT_FOUND", "result.notFound"));
        Target target = target(r.targetId());
        Resolution resolution = resolutions.findById(target.resolutionId()).orElseThrow();
        CurrentUser user = guard.require(Permission.RESULT_REVIEW, resolution.orgPath());
        ReportingPeriod period = period(r.periodId());
        if (period.closed()) {
            throw DomainException.invalid("PERIOD_CLOSED", "period.closedReadOnly");
        }
        String cleanNote = VietnameseText.cleanToNull(note);
        if (!accept && cleanNote == null) {
            throw DomainException.invalid("REASON_REQUIRED", "result.returnNeedsReason").onField("note");
        }
        FieldLimits.require("note", cleanNote, FieldLimits.TEXT);
        ResultStatus status = accept ? ResultStatus.ACCEPTED : ResultStatus.RETURNED;
        results.review(resultId, status, cleanNote, user.username());
        results.history(resultId, accept ? "ACCEPT" : "RETURN", r.value(), r.total(), cleanNote, status, user.username());
        audit.updated(AUDIT_TYPE, resultId, resolution.orgPath(), (accept ? "Duyệt" : "Trả lại") + " kết quả chỉ tiêu "
                + target.code(), Map.of("status", r.status().name()), Map.of("status", status.name()));
    }

    /** An evidence file and its content, for someone who may read the resolution. */
    @Transactional(readOnly = true)
    public Evidence evidence(long attachmentId) {
        Attachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> DomainException.notFound("FILE_NOT_FOUND", "attachment.notFound"));
        if (!AttachmentRepository.RESULT.equals(a.ownerType())) {
            throw DomainException.notFound("FILE_NOT_FOUND", "attachment.notFound");
        }
        TargetResult r = results.findById(a.ownerId()).orElseThrow();
        Resolution resolution = resolutions.findById(target(r.targetId()).resolutionId()).orElseThrow();
        guard.requireRelated(Permission.RESOLUTION_VIEW, resolution.orgPath());
        return new Evidence(a, attachments.content(attachmentId));
    }

    public record Evidence(Attachment attachment, byte[] content) {}

    /** The targets (among those given) the signed-in person may enter a value for, in a period of their organization. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> enterable(long resolutionId, List<Target> list) {
        Resolution resolution = resolutions.findById(resolutionId).orElseThrow();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (Target t : list) {
            boolean any = t.rollup() == Rollup.DIRECT ? mayEnter(t, resolution, resolution.organizationId())
                    : targets.owners(t.id()).stream().anyMatch(o -> mayEnter(t, resolution, o));
            if (any) {
                ids.add(t.id());
            }
        }
        return ids;
    }

    /** Who may enter: the office of the issuing organization, or someone whose scope holds the owner organization. */
    boolean mayEnter(Target target, Resolution resolution, long organizationId) {
        if (!guard.can(Permission.RESULT_ENTER)) {
            return false;
        }
        if (target.rollup() == Rollup.DIRECT) {
            if (guard.within(resolution.orgPath())) {
                return true;
            }
            return targets.owners(target.id()).stream()
                    .anyMatch(o -> organizations.pathOf(o).map(guard::within).orElse(false));
        }
        return organizations.pathOf(organizationId).map(guard::within).orElse(false);
    }

    boolean mayReview(Resolution resolution) {
        return guard.can(Permission.RESULT_REVIEW) && guard.within(resolution.orgPath());
    }

    private long requireOwner(Target target, Long organizationId) {
        if (organizationId == null || !targets.isOwner(target.id(), organizationId)) {
            throw DomainException.invalid("NOT_AN_OWNER", "result.notAnOwner").onField("organizationId");
        }
        return organizationId;
    }

    /** Whether the target's value is counted from the records (its indicator is bound to a source). */
    boolean isCounted(long targetId) {
        return counted.sourceOfTarget(targetId) != null;
    }

    static List<Violation> validate(Target target, BigDecimal value, BigDecimal total, String note) {
        List<Violation> v = new ArrayList<>();
        if (value == null) {
            v.add(Violation.of("value", "validation.required"));
        } else if (value.signum() < 0) {
            v.add(Violation.of("value", "target.validation.negative"));
        } else if (target.kind() == TargetKind.RATE && value.compareTo(HUNDRED) > 0) {
            v.add(Violation.of("value", "result.validation.rateAbove100"));
        }
        if (target.kind() == TargetKind.COUNT_OF_TOTAL) {
            if (total == null) {
                v.add(Violation.of("total", "result.validation.totalRequired"));
            } else if (total.signum() < 0) {
                v.add(Violation.of("total", "target.validation.negative"));
            } else if (value != null && value.compareTo(total) > 0) {
                v.add(Violation.of("value", "result.validation.countAboveTotal"));
            }
        }
        FieldLimits.check(v, "note", note, FieldLimits.TEXT);
        return v;
    }

    private ReportingPeriod period(long id) {
        return periods.findById(id).orElseThrow(() -> DomainException.notFound("PERIOD_NOT_FOUND", "period.notFound"));
    }

    private Target target(long id) {
        return targets.findById(id).orElseThrow(() -> DomainException.notFound("TARGET_NOT_FOUND", "target.notFound"));
    }

    private static void checkSameOrganization(ReportingPeriod period, Resolution resolution) {
        if (period.organizationId() != resolution.organizationId()) {
            throw DomainException.invalid("PERIOD_OTHER_ORGANIZATION", "result.periodOfOtherOrganization");
        }
    }

    private static Map<String, Object> state(BigDecimal value, BigDecimal total, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value == null ? null : value.toPlainString());
        m.put("total", total == null ? null : total.toPlainString());
        m.put("note", note);
        return m;
    }
}
