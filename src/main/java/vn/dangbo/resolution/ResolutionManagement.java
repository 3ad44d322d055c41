package vn.dangbo.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.resolution.domain.ActionProgram;
import vn.dangbo.resolution.domain.ProgramRepository;
import vn.dangbo.resolution.domain.Resolution;
import vn.dangbo.resolution.domain.ResolutionItem;
import vn.dangbo.resolution.domain.ResolutionRepository;
import vn.dangbo.resolution.domain.Target;
import vn.dangbo.resolution.domain.TargetPlan;
import vn.dangbo.resolution.domain.TargetRepository;
import vn.dangbo.resolution.domain.TargetValidator;
import vn.dangbo.shared.Versions;
import vn.dangbo.shared.DateLimits;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.FieldLimits;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.Violation;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.text.VietnameseText;

/**
 * Resolutions and their targets. Read by anyone with RESOLUTION_VIEW within or below the issuing organization
 * (a cell reads its ward's resolutions); changed by RESOLUTION_MANAGE within the issuing organization's scope.
 */
@Service
@Transactional
public class ResolutionManagement {

    static final String AUDIT_RESOLUTION = "RESOLUTION";
    static final String AUDIT_TARGET = "TARGET";

    private final ResolutionRepository resolutions;
    private final TargetRepository targets;
    private final ProgramRepository programs;
    private final TargetValidator targetValidator;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;
    private final AuditTrail audit;

    ResolutionManagement(ResolutionRepository resolutions, TargetRepository targets, ProgramRepository programs,
            TargetValidator targetValidator, OrganizationDirectory organizations, AccessGuard guard, AuditTrail audit) {
        this.resolutions = resolutions;
        this.targets = targets;
        this.programs = programs;
        this.targetValidator = targetValidator;
        this.organizations = organizations;
        this.guard = guard;
        this.audit = audit;
    }

    /** A resolution with everything the detail page shows. */
    public record ResolutionView(Resolution resolution, OrganizationSummary organization, List<ResolutionItem> items,
            List<TargetView> targets, List<ActionProgram> programs) {}

    /** A target with its plans by year and its owners' names. */
    public record TargetView(Target target, Map<Integer, TargetPlan> plans, Map<Long, String> owners) {}

    @Transactional(readOnly = true)
    public List<Resolution> list(Integer year) {
        guard.require(Permission.RESOLUTION_VIEW);
        return resolutions.readable(guard.scopePath(), guard.ancestorPaths(), year);
    }

    /** The resolution a dashboard shows and the ones its picker offers: those of the same organization. */
    public record DashboardChoice(Resolution shown, List<Resolution> choices) {}

    /**
     * What the dashboard shows: the resolution asked for, or else the newest of the account's own organization
     * or of the nearest one above it that issued any; the picker offers that organization's resolutions, not
     * every one the scope can read (a province office reads hundreds). Empty when there is none of those.
     */
    @Transactional(readOnly = true)
    public Optional<DashboardChoice> dashboardChoice(Long id) {
        guard.require(Permission.RESOLUTION_VIEW);
        Optional<Resolution> shown = id != null ? Optional.of(readable(id))
                : resolutions.firstForScope(guard.scopePath(), guard.ancestorPaths());
        return shown.map(r -> new DashboardChoice(r, resolutions.ofOrganization(r.organizationId())));
    }

    @Transactional(readOnly = true)
    public ResolutionView view(long id) {
        Resolution r = readable(id);
        List<Target> list = targets.ofResolution(id);
        Map<Long, Map<Integer, TargetPlan>> plans = new LinkedHashMap<>();
        for (TargetPlan p : targets.plansOfResolution(id)) {
            plans.computeIfAbsent(p.targetId(), k -> new java.util.TreeMap<>()).put(p.year(), p);
        }
        Map<Long, List<Long>> owners = new LinkedHashMap<>();
        for (long[] o : targets.ownersOfResolution(id)) {
            owners.computeIfAbsent(o[0], k -> new ArrayList<>()).add(o[1]);
        }
        Map<Long, String> names = organizations.names(owners.values().stream().flatMap(List::stream).distinct().toList());
        List<TargetView> views = list.stream().map(t -> {
            Map<Long, String> ownerNames = new LinkedHashMap<>();
            owners.getOrDefault(t.id(), List.of()).forEach(o -> ownerNames.put(o, names.get(o)));
            return new TargetView(t, plans.getOrDefault(t.id(), Map.of()), ownerNames);
        }).toList();
        return new ResolutionView(r, organizations.get(r.organizationId()), resolutions.items(id), views,
                programs.programsOfResolution(id));
    }

    /** A resolution the signed-in person may read. */
    @Transactional(readOnly = true)
    public Resolution readable(long id) {
        Resolution r = resolutions.findById(id)
                .orElseThrow(() -> DomainException.notFound("RESOLUTION_NOT_FOUND", "resolution.notFound"));
        guard.requireRelated(Permission.RESOLUTION_VIEW, r.orgPath());
        return r;
    }

    /** A resolution the signed-in person may change. */
    Resolution manageable(long id) {
        Resolution r = resolutions.findById(id)
                .orElseThrow(() -> DomainException.notFound("RESOLUTION_NOT_FOUND", "resolution.notFound"));
        guard.require(Permission.RESOLUTION_MANAGE, r.orgPath());
        return r;
    }

    public long create(Long organizationId, ResolutionData data) {
        guard.require(Permission.RESOLUTION_MANAGE);
        if (organizationId == null) {
            throw DomainException.invalid("ORGANIZATION_REQUIRED", "validation.required").onField("organizationId");
        }
        OrganizationSummary org = organizations.get(organizationId);
        CurrentUser user = guard.require(Permission.RESOLUTION_MANAGE, org.path());
        ResolutionData d = cleaned(data);
        long id = resolutions.insert(org.id(), org.path(), d, user.username());
        resolutions.replaceItems(id, d.items());
        audit.created(AUDIT_RESOLUTION, id, org.path(), "Thêm nghị quyết " + d.title(), state(d));
        return id;
    }

    public void update(long id, Integer version, ResolutionData data) {
        Resolution before = manageable(id);
        int expected = Versions.require(version);
        ResolutionData d = cleaned(data);
        CurrentUser user = guard.current();
        if (!resolutions.update(id, expected, d, user.username())) {
            throw Versions.stale("RESOLUTION_CHANGED", resolutions.changedAt(id));
        }
        resolutions.replaceItems(id, d.items());
        audit.updated(AUDIT_RESOLUTION, id, before.orgPath(), "Sửa nghị quyết " + d.title(),
                Map.of("title", before.title(), "number", String.valueOf(before.number()),
                        "years", before.startYear() + "–" + before.endYear()),
                Map.of("title", d.title(), "number", String.valueOf(d.number()), "years", d.startYear() + "–" + d.endYear()));
    }

    public long addTarget(long resolutionId, TargetData data) {
        Resolution r = manageable(resolutionId);
        TargetData d = cleaned(data);
        List<Violation> v = new ArrayList<>(targetValidator.validate(d, r));
        unknownIndicator(d, v);
        if (d.code() != null && targets.findByCode(resolutionId, d.code()).isPresent()) {
            v.add(Violation.of("code", "target.validation.codeTaken"));
        }
        Map<Long, String> owners = owners(r, d, v);
        ValidationFailed.throwIfAny(v);
        long id = targets.insert(resolutionId, targets.nextPosition(resolutionId), d, guard.current().username());
        targets.replacePlans(id, d.plans());
        targets.replaceOwners(id, owners);
        audit.created(AUDIT_TARGET, id, r.orgPath(), "Thêm chỉ tiêu " + d.code() + ". " + d.name(), state(d));
        return id;
    }

    public void updateTarget(long targetId, Integer version, TargetData data) {
        Target before = targets.findById(targetId)
                .orElseThrow(() -> DomainException.notFound("TARGET_NOT_FOUND", "target.notFound"));
        Resolution r = manageable(before.resolutionId());
        int expected = Versions.require(version);
        TargetData d = cleaned(data);
        List<Violation> v = new ArrayList<>(targetValidator.validate(d, r));
        unknownIndicator(d, v);
        if (d.code() != null) {
            targets.findByCode(r.id(), d.code()).filter(o -> o.id() != targetId)
                    .ifPresent(o -> v.add(Violation.of("code", "target.validation.codeTaken")));
        }
        if (before.rollup() != d.rollup() && targets.hasResults(targetId)) {
            v.add(Violation.of("rollup", "target.validation.rollupHasResults"));
        }
        Map<Long, String> owners = owners(r, d, v);
        ValidationFailed.throwIfAny(v);
        if (!targets.update(targetId, expected, d, guard.current().username())) {
            throw Versions.stale("TARGET_CHANGED", targets.changedAt(targetId));
        }
        targets.replacePlans(targetId, d.plans());
        targets.replaceOwners(targetId, owners);
        audit.updated(AUDIT_TARGET, targetId, r.orgPath(), "Sửa chỉ tiêu " + d.code() + ". " + d.name(),
                Map.of("name", before.name(), "kind", before.kind().name()), state(d));
    }

    public void deleteTarget(long targetId) {
        Target t = targets.findById(targetId)
                .orElseThrow(() -> DomainException.notFound("TARGET_NOT_FOUND", "target.notFound"));
        Resolution r = manageable(t.resolutionId());
        if (targets.hasResults(targetId)) {
            throw DomainException.invalid("TARGET_HAS_RESULTS", "target.validation.deleteHasResults");
        }
        targets.delete(targetId);
        audit.deleted(AUDIT_TARGET, targetId, r.orgPath(), "Xóa chỉ tiêu " + t.code() + ". " + t.name(),
                Map.of("name", t.name()));
    }

    @Transactional(readOnly = true)
    public TargetView target(long targetId) {
        Target t = targets.findById(targetId)
                .orElseThrow(() -> DomainException.notFound("TARGET_NOT_FOUND", "target.notFound"));
        readable(t.resolutionId());
        Map<Integer, TargetPlan> plans = new java.util.TreeMap<>();
        targets.plans(targetId).forEach(p -> plans.put(p.year(), p));
        List<Long> ownerIds = targets.owners(targetId);
        Map<Long, String> names = organizations.names(ownerIds);
        Map<Long, String> owners = new LinkedHashMap<>();
        ownerIds.forEach(o -> owners.put(o, names.get(o)));
        return new TargetView(t, plans, owners);
    }

    public List<String[]> indicators() {
        return targets.indicators();
    }

    /** Owners must lie within the issuing organization's subtree and within the editor's scope. */
    private Map<Long, String> owners(Resolution r, TargetData d, List<Violation> v) {
        Map<Long, String> paths = new LinkedHashMap<>();
        for (Long ownerId : d.ownerIds()) {
            OrganizationSummary o = organizations.find(ownerId).orElse(null);
            if (o == null || !o.path().startsWith(r.orgPath())) {
                v.add(Violation.of("ownerIds", "target.validation.ownerOutside"));
            } else if (!guard.within(o.path())) {
                throw new vn.dangbo.shared.security.OutsideScopeException("owner outside scope");
            } else {
                paths.put(o.id(), o.path());
            }
        }
        return paths;
    }

    private static ResolutionData cleaned(ResolutionData d) {
        List<Violation> v = new ArrayList<>();
        if (d.kind() == null) {
            v.add(Violation.of("kind", "validation.required"));
        }
        String title = VietnameseText.cleanToNull(d.title());
        if (title == null) {
            v.add(Violation.of("title", "validation.required"));
        }
        if (d.issuedOn() == null) {
            v.add(Violation.of("issuedOn", "validation.required"));
        }
        Integer start = d.startYear();
        Integer end = d.endYear();
        if (start == null) {
            v.add(Violation.of("startYear", "validation.required"));
        }
        if (end == null) {
            v.add(Violation.of("endYear", "validation.required"));
        }
        if (start != null && end != null && (end < start || end - start > 10 || start < 1930
                || end > DateLimits.MAX.getYear())) {
            v.add(Violation.of("endYear", "resolution.validation.years"));
        }
        String number = VietnameseText.cleanToNull(d.number());
        String generalGoal = VietnameseText.cleanToNull(d.generalGoal());
        FieldLimits.check(v, "number", number, FieldLimits.CODE);
        FieldLimits.check(v, "title", title, FieldLimits.TITLE);
        FieldLimits.check(v, "generalGoal", generalGoal, FieldLimits.TEXT);
        List<ResolutionData.Item> items = d.items().stream()
                .filter(i -> i.kind() != null && VietnameseText.cleanToNull(i.text()) != null)
                .map(i -> new ResolutionData.Item(i.kind(), i.area(), VietnameseText.clean(i.text())))
                .toList();
        items.stream().filter(i -> FieldLimits.tooLong(i.text(), FieldLimits.TEXT)).map(ResolutionManagement::itemField)
                .distinct().forEach(f -> v.add(Violation.of(f, FieldLimits.MESSAGE_KEY, FieldLimits.TEXT)));
        ValidationFailed.throwIfAny(v);
        return new ResolutionData(d.kind(), number, title, d.issuedOn(), start, end, generalGoal, items);
    }

    /** The form field an item is typed in (one item per line). */
    private static String itemField(ResolutionData.Item i) {
        return switch (i.kind()) {
            case KEY_PROGRAM -> "keyPrograms";
            case BREAKTHROUGH -> "breakthroughs";
            case AREA_DIRECTION -> i.area() == null ? "items" : switch (i.area()) {
                case ECONOMY -> "economy";
                case CULTURE_SOCIETY -> "cultureSociety";
                case DEFENCE_SECURITY -> "defenceSecurity";
                case PARTY_BUILDING -> "partyBuilding";
            };
        };
    }

    /** A common indicator must be one of the list (the database refused an unknown code with a server error). */
    private void unknownIndicator(TargetData d, List<Violation> v) {
        if (d.indicatorCode() != null && targets.indicators().stream().noneMatch(i -> i[0].equals(d.indicatorCode()))) {
            v.add(Violation.of("indicatorCode", "target.validation.indicatorUnknown"));
        }
    }

    private static TargetData cleaned(TargetData d) {
        return new TargetData(VietnameseText.cleanToNull(d.code()), VietnameseText.cleanToNull(d.name()),
                VietnameseText.cleanToNull(d.unit()), d.area(), d.kind(), d.accumulation(), d.termValue(),
                d.displayDecimals() == null ? 2 : d.displayDecimals(), d.rollup() == null ? Rollup.DIRECT : d.rollup(),
                VietnameseText.cleanToNull(d.indicatorCode()), VietnameseText.cleanToNull(d.notes()),
                d.plans().entrySet().stream().filter(e -> e.getKey() != null && e.getValue() != null
                                && e.getValue().value() != null)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                d.ownerIds().stream().filter(java.util.Objects::nonNull).distinct().toList());
    }

    private static Map<String, Object> state(ResolutionData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind().name());
        m.put("number", d.number());
        m.put("title", d.title());
        m.put("issuedOn", d.issuedOn().toString());
        m.put("years", d.startYear() + "–" + d.endYear());
        return m;
    }

    private static Map<String, Object> state(TargetData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("name", d.name());
        m.put("unit", d.unit());
        m.put("kind", d.kind() == null ? null : d.kind().name());
        m.put("accumulation", d.accumulation() == null ? null : d.accumulation().name());
        m.put("rollup", d.rollup().name());
        m.put("termValue", d.termValue() == null ? null : d.termValue().toPlainString());
        Map<String, String> plans = new java.util.TreeMap<>();
        d.plans().forEach((y, p) -> plans.put(String.valueOf(y), p.value() == null ? null : p.value().toPlainString()));
        m.put("plans", plans);
        m.put("owners", d.ownerIds());
        return m;
    }
}
