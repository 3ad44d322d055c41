package vn.dangbo.resolution;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.resolution.domain.AchievementPolicy;
import vn.dangbo.resolution.domain.AchievementPolicy.Achievement;
import vn.dangbo.resolution.domain.DashboardQueries;
import vn.dangbo.resolution.domain.DashboardQueries.TargetFigures;
import vn.dangbo.resolution.domain.DashboardQueries.WardFigures;
import vn.dangbo.resolution.domain.PeriodRepository;
import vn.dangbo.resolution.domain.ProgramRepository;
import vn.dangbo.resolution.domain.ReportingPeriod;
import vn.dangbo.resolution.domain.Resolution;
import vn.dangbo.resolution.domain.Target;
import vn.dangbo.resolution.domain.TargetRepository;
import vn.dangbo.resolution.domain.Task;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.format.VietnameseFormat;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.text.VietnameseText;

/**
 * The ward dashboard (each target's plan against its value in a period, achievement, "đạt X/Y chỉ tiêu", the
 * trend across periods, tasks) and the province roll-up of a shared indicator across wards. Figures are
 * aggregated by PostgreSQL; the achievement rule is {@link AchievementPolicy}.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    private final DashboardQueries queries;
    private final TargetRepository targets;
    private final PeriodRepository periods;
    private final ProgramRepository programs;
    private final ResolutionManagement resolutions;
    private final AchievementPolicy policy;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;
    private final CountedValues counted;
    private final Clock clock;

    Dashboards(DashboardQueries queries, TargetRepository targets, PeriodRepository periods, ProgramRepository programs,
            ResolutionManagement resolutions, AchievementPolicy policy, OrganizationDirectory organizations,
            AccessGuard guard, CountedValues counted, Clock clock) {
        this.counted = counted;
        this.clock = clock;
        this.queries = queries;
        this.targets = targets;
        this.periods = periods;
        this.programs = programs;
        this.resolutions = resolutions;
        this.policy = policy;
        this.organizations = organizations;
        this.guard = guard;
    }

    /** One target in one period, with the figures formatted as the reports write them. */
    public record TargetRow(Target target, BigDecimal plan, BigDecimal planTotal, BigDecimal value, BigDecimal total,
            BigDecimal percent, AchievementStatus status, long pendingReview, long owners, long ownersReported,
            String planText, String valueText, String percentText, String provenanceKey, String sourceLink) {}

    public record Series(String code, String name, List<BigDecimal> percents) {}

    public record Trend(List<Long> periodIds, List<PeriodKind> periodKinds, List<Integer> periodYears,
            List<Series> series) {}

    public record WardDashboard(Resolution resolution, OrganizationSummary organization, ReportingPeriod period,
            List<ReportingPeriod> periods, List<TargetRow> rows, long achieved, long evaluated,
            Map<AchievementStatus, Long> byStatus, Trend trend, Map<String, Long> taskCounts, List<Task> overdueTasks,
            Map<Long, String> organizationNames) {}

    /**
     * The dashboard of a resolution in a period of its organization; without a period, the latest period within the
     * resolution's years.
     */
    public WardDashboard ward(long resolutionId, Long periodId) {
        Resolution r = resolutions.readable(resolutionId);
        List<ReportingPeriod> all = periods.ofOrganization(r.organizationId()).stream()
                .filter(p -> r.coversYear(p.year())).toList();
        // a period of another resolution's years (the page kept it when the resolution changed) falls back to the latest
        ReportingPeriod period = all.stream().filter(p -> periodId != null && p.id() == periodId).findFirst()
                .orElse(all.stream().findFirst().orElse(null));
        Map<Long, Target> byId = new LinkedHashMap<>();
        targets.ofResolution(resolutionId).forEach(t -> byId.put(t.id(), t));
        List<TargetRow> rows = new ArrayList<>();
        Map<Long, String> bound = counted.boundTargets(resolutionId);
        if (period != null) {
            for (TargetFigures f : queries.figures(resolutionId, period)) {
                Target t = byId.get(f.targetId());
                String source = bound.get(t.id());
                if (source == null) {
                    rows.add(row(t, f, period.kind().closesPlan(), null));
                } else {
                    // a value the records hold is counted, never typed: the same figure on every page
                    CountedValues.Counted c = counted.counted(source, r.organizationId(), r.orgPath(), t.accumulation(),
                            period);
                    rows.add(row(t, new TargetFigures(f.targetId(), f.periodId(), f.plan(), f.planTotal(), c.value(),
                            null, f.entries(), 0, f.owners(), f.ownersReported()), period.kind().closesPlan(), c));
                }
            }
        } else {
            byId.values().forEach(t -> rows.add(row(t, new TargetFigures(t.id(), 0, null, null, null, null, 0, 0, 0, 0),
                    false, null)));
        }
        Map<AchievementStatus, Long> byStatus = new EnumMap<>(AchievementStatus.class);
        rows.stream().filter(x -> x.plan() != null).forEach(x -> byStatus.merge(x.status(), 1L, Long::sum));
        long evaluated = rows.stream().filter(x -> x.plan() != null).count();
        long achieved = rows.stream().filter(x -> x.plan() != null && x.status().achieved()).count();
        LocalDate today = LocalDate.now(clock);
        OrganizationSummary org = organizations.get(r.organizationId());
        List<Task> overdue = programs.tasksFor(org.path(), false, true, today, 50);
        Map<Long, String> names = organizations.names(overdue.stream().map(Task::leadOrganizationId).distinct().toList());
        return new WardDashboard(r, org, period, all, rows, achieved, evaluated, byStatus,
                trend(r, byId, all, bound),
                programs.taskCounts(org.path(), today), overdue, names);
    }

    private TargetRow row(Target t, TargetFigures f, boolean finalPeriod, CountedValues.Counted c) {
        Achievement a = policy.evaluate(t.kind(), t.accumulation(), f.plan(), f.value(), finalPeriod);
        String planText = TargetFormat.value(t, f.plan(), f.planTotal());
        String valueText = TargetFormat.value(t, f.value(), f.total());
        String percentText = TargetFormat.percent(a.percentOfPlan(), t.displayDecimals());
        return new TargetRow(t, f.plan(), f.planTotal(), f.value(), f.total(), a.percentOfPlan(), a.status(),
                f.pendingReview(), f.owners(), f.ownersReported(), planText, valueText, percentText,
                c == null ? null : c.provenanceKey(), c == null ? null : c.link());
    }

    private Trend trend(Resolution r, Map<Long, Target> targetsById, List<ReportingPeriod> all,
            Map<Long, String> bound) {
        long resolutionId = r.id();
        Map<Long, ReportingPeriod> periodsById = new LinkedHashMap<>();
        all.forEach(p -> periodsById.put(p.id(), p));
        List<ReportingPeriod> ordered = all.stream().sorted(Comparator.comparing(ReportingPeriod::endsOn)
                .thenComparing(ReportingPeriod::id)).toList();
        Map<Long, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i).id(), i);
        }
        Map<Long, BigDecimal[]> percents = new LinkedHashMap<>();
        targetsById.keySet().forEach(id -> percents.put(id, new BigDecimal[ordered.size()]));
        for (TargetFigures f : queries.trend(resolutionId)) {
            Target t = targetsById.get(f.targetId());
            Integer i = index.get(f.periodId());
            if (t == null || i == null) {
                continue;
            }
            BigDecimal value = f.value();
            if (bound.containsKey(t.id())) {
                value = counted.counted(bound.get(t.id()), r.organizationId(), r.orgPath(), t.accumulation(),
                        periodsById.get(f.periodId())).value();
            }
            percents.get(t.id())[i] = policy.evaluate(t.kind(), t.accumulation(), f.plan(), value, false)
                    .percentOfPlan();
        }
        List<Series> series = new ArrayList<>();
        percents.forEach((id, values) -> series.add(new Series(targetsById.get(id).code(), targetsById.get(id).name(),
                java.util.Arrays.asList(values))));
        return new Trend(ordered.stream().map(ReportingPeriod::id).toList(),
                ordered.stream().map(ReportingPeriod::kind).toList(), ordered.stream().map(ReportingPeriod::year).toList(),
                series);
    }

    /**
     * One ward's attainment of a shared indicator. A ward with no value in the period (no resolution carrying the
     * indicator, no such period, or nothing entered) is listed as {@link AchievementStatus#NOT_REPORTED}, with no
     * resolution or period to open when it has none.
     */
    public record WardRow(long organizationId, String organizationName, Long resolutionId, Long periodId,
            BigDecimal plan, BigDecimal value, BigDecimal percent, AchievementStatus status, String planText,
            String valueText, String percentText, String provenanceKey, String sourceLink) {

        public boolean reported() {
            return status != AchievementStatus.NOT_REPORTED;
        }
    }

    public record ProvinceRollup(String indicatorCode, int year, PeriodKind periodKind, List<WardRow> rows,
            Map<AchievementStatus, Long> byStatus) {}

    public enum Sort { NAME, PERCENT, STATUS, VALUE }

    /** Where the province roll-up opens: the latest period and indicator with a value, if any was reported. */
    public record RollupStart(int year, PeriodKind periodKind, String indicatorCode) {}

    public java.util.Optional<RollupStart> latestWithData() {
        guard.require(Permission.RESOLUTION_VIEW);
        return queries.latestWithData(guard.scopePath())
                .map(x -> new RollupStart(x.year(), x.periodKind(), x.indicatorCode()));
    }

    /** Every ward within the scope, each with its figures for the indicator in the period, or "chưa báo cáo". */
    public ProvinceRollup province(String indicatorCode, int year, PeriodKind periodKind, Sort sort, boolean descending) {
        guard.require(Permission.RESOLUTION_VIEW);
        List<WardFigures> figures = queries.rollup(indicatorCode, year, periodKind, guard.scopePath());
        Map<Long, String> names = new java.util.HashMap<>(
                organizations.names(figures.stream().map(WardFigures::organizationId).toList()));
        String source = counted.sourceOfIndicator(indicatorCode);
        // an indicator bound to the records: every ward's value is counted, one query per span of dates
        Map<Long, ReportingPeriod> wardPeriods = source == null ? Map.of()
                : periods.findAllById(figures.stream().map(WardFigures::periodId).distinct().toList());
        Map<Long, CountedValues.Counted> countedByWard = source == null ? Map.of() : counted.counted(source,
                figures.stream().map(f -> new CountedValues.Ask(f.organizationId(), f.orgPath(),
                        Accumulation.valueOf(f.accumulation()), wardPeriods.get(f.periodId()))).toList());
        List<WardRow> rows = new ArrayList<>();
        java.util.Set<Long> listed = new java.util.HashSet<>();
        for (WardFigures f : figures) {
            listed.add(f.organizationId());
            // a value counted from the records stands in for a typed one (which a counted indicator never has)
            CountedValues.Counted c = countedByWard.get(f.organizationId());
            if (c != null) {
                f = new WardFigures(f.organizationId(), f.orgPath(), f.resolutionId(), f.targetId(), f.periodId(),
                        f.kind(), f.accumulation(), f.displayDecimals(), f.unit(), f.plan(), c.value(), null);
            }
            if (f.value() == null) {
                rows.add(new WardRow(f.organizationId(), names.get(f.organizationId()), f.resolutionId(), f.periodId(),
                        f.plan(), null, null, AchievementStatus.NOT_REPORTED, "", "", "", null, null));
                continue;
            }
            TargetKind kind = TargetKind.valueOf(f.kind());
            Achievement a = policy.evaluate(kind, Accumulation.valueOf(f.accumulation()), f.plan(), f.value(),
                    periodKind.closesPlan());
            rows.add(new WardRow(f.organizationId(), names.get(f.organizationId()), f.resolutionId(), f.periodId(),
                    f.plan(), f.value(), a.percentOfPlan(), a.status(),
                    TargetFormat.value(kind, f.unit(), f.displayDecimals(), f.plan(), null),
                    TargetFormat.value(kind, f.unit(), f.displayDecimals(), f.value(), null),
                    TargetFormat.percent(a.percentOfPlan(), f.displayDecimals()),
                    c == null ? null : c.provenanceKey(), c == null ? null : c.link()));
        }
        for (OrganizationSummary ward : organizations.ofKinds(guard.scopePath(),
                List.of(vn.dangbo.organization.OrganizationKind.WARD_COMMITTEE))) {
            if (listed.add(ward.id())) {
                rows.add(new WardRow(ward.id(), ward.name(), null, null, null, null, null, AchievementStatus.NOT_REPORTED,
                        "", "", "", null, null));
            }
        }
        Comparator<WardRow> byName = (x, y) -> VietnameseText.compare(x.organizationName(), y.organizationName());
        Comparator<WardRow> order = switch (sort == null ? Sort.NAME : sort) {
            case NAME -> byName;
            case PERCENT -> Comparator.comparing(WardRow::percent, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(byName);
            case VALUE -> Comparator.comparing(WardRow::value, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(byName);
            case STATUS -> Comparator.comparing(WardRow::status).thenComparing(byName);
        };
        rows.sort(descending ? order.reversed() : order);
        Map<AchievementStatus, Long> byStatus = new EnumMap<>(AchievementStatus.class);
        rows.forEach(x -> byStatus.merge(x.status(), 1L, Long::sum));
        return new ProvinceRollup(indicatorCode, year, periodKind, rows, byStatus);
    }

    public List<String[]> indicators() {
        guard.require(Permission.RESOLUTION_VIEW);
        return queries.indicators();
    }
}
