package vn.dangbo.resolution.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.resolution.Accumulation;
import vn.dangbo.resolution.AchievementStatus;
import vn.dangbo.resolution.ActionPrograms;
import vn.dangbo.resolution.Area;
import vn.dangbo.resolution.Dashboards;
import vn.dangbo.resolution.PeriodKind;
import vn.dangbo.resolution.PeriodStatus;
import vn.dangbo.resolution.ProgramKind;
import vn.dangbo.resolution.ResolutionItemKind;
import vn.dangbo.resolution.ResolutionKind;
import vn.dangbo.resolution.ResolutionManagement;
import vn.dangbo.resolution.ResultStatus;
import vn.dangbo.resolution.Rollup;
import vn.dangbo.resolution.TargetKind;
import vn.dangbo.resolution.TargetResults;
import vn.dangbo.resolution.TaskStatus;
import vn.dangbo.resolution.domain.ActionProgram;
import vn.dangbo.resolution.domain.Attachment;
import vn.dangbo.resolution.domain.ReportingPeriod;
import vn.dangbo.resolution.domain.Resolution;
import vn.dangbo.resolution.domain.ResultChange;
import vn.dangbo.resolution.domain.Target;
import vn.dangbo.resolution.domain.TargetPlan;
import vn.dangbo.resolution.domain.TargetResult;
import vn.dangbo.resolution.domain.Task;
import vn.dangbo.resolution.domain.TaskUpdate;

/**
 * The JSON the resolution API answers with: records of its own, with the same property names as the pages' rows
 * but without what only the server uses (materialised organization paths, storage digests, owner tables).
 */
final class ResolutionJson {

    private ResolutionJson() {}

    record Organization(long id, Long parentId, OrganizationKind kind, CellType cellType, String name,
            String placeName, LocalDate dissolvedOn) {
        static Organization of(OrganizationSummary o) {
            return o == null ? null : new Organization(o.id(), o.parentId(), o.kind(), o.cellType(), o.name(),
                    o.placeName(), o.dissolvedOn());
        }
    }

    record ResolutionRecord(long id, long organizationId, ResolutionKind kind, String number, String title,
            LocalDate issuedOn, int startYear, int endYear, String generalGoal, int version) {
        static ResolutionRecord of(Resolution r) {
            return r == null ? null : new ResolutionRecord(r.id(), r.organizationId(), r.kind(), r.number(), r.title(),
                    r.issuedOn(), r.startYear(), r.endYear(), r.generalGoal(), r.version());
        }
    }

    record Item(long id, ResolutionItemKind kind, Area area, int position, String text) {}

    record TargetRecord(long id, long resolutionId, int position, String code, String name, String unit, Area area,
            TargetKind kind, Accumulation accumulation, BigDecimal termValue, int displayDecimals, Rollup rollup,
            String indicatorCode, String notes, int version) {
        static TargetRecord of(Target t) {
            return t == null ? null : new TargetRecord(t.id(), t.resolutionId(), t.position(), t.code(), t.name(),
                    t.unit(), t.area(), t.kind(), t.accumulation(), t.termValue(), t.displayDecimals(), t.rollup(),
                    t.indicatorCode(), t.notes(), t.version());
        }
    }

    record Plan(int year, BigDecimal planValue, BigDecimal total) {
        static Plan of(TargetPlan p) {
            return p == null ? null : new Plan(p.year(), p.planValue(), p.total());
        }
    }

    record TargetView(TargetRecord target, Map<Integer, Plan> plans, Map<Long, String> owners) {
        static TargetView of(ResolutionManagement.TargetView v) {
            Map<Integer, Plan> plans = new TreeMap<>();
            v.plans().forEach((year, p) -> plans.put(year, Plan.of(p)));
            return new TargetView(TargetRecord.of(v.target()), plans, v.owners());
        }
    }

    record Program(long id, long organizationId, Long resolutionId, ProgramKind kind, String number, String title,
            LocalDate issuedOn, String summary, int version) {
        static Program of(ActionProgram p) {
            return p == null ? null : new Program(p.id(), p.organizationId(), p.resolutionId(), p.kind(), p.number(),
                    p.title(), p.issuedOn(), p.summary(), p.version());
        }
    }

    record ResolutionView(ResolutionRecord resolution, Organization organization, List<Item> items,
            List<TargetView> targets, List<Program> programs) {
        static ResolutionView of(ResolutionManagement.ResolutionView v) {
            return new ResolutionView(ResolutionRecord.of(v.resolution()), Organization.of(v.organization()),
                    v.items().stream().map(i -> new Item(i.id(), i.kind(), i.area(), i.position(), i.text())).toList(),
                    v.targets().stream().map(TargetView::of).toList(),
                    v.programs().stream().map(Program::of).toList());
        }
    }

    record Period(long id, long organizationId, int year, PeriodKind kind, LocalDate startsOn, LocalDate endsOn,
            PeriodStatus status, OffsetDateTime openedAt, String openedBy, OffsetDateTime closedAt, String closedBy) {
        static Period of(ReportingPeriod p) {
            return p == null ? null : new Period(p.id(), p.organizationId(), p.year(), p.kind(), p.startsOn(),
                    p.endsOn(), p.status(), p.openedAt(), p.openedBy(), p.closedAt(), p.closedBy());
        }
    }

    record File(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
            OffsetDateTime uploadedAt) {
        static File of(Attachment a) {
            return new File(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.uploadedBy(), a.uploadedAt());
        }
    }

    record Result(long id, long targetId, long periodId, long organizationId, BigDecimal value, BigDecimal total,
            String note, ResultStatus status, String enteredBy, OffsetDateTime enteredAt, String reviewedBy,
            OffsetDateTime reviewedAt, String reviewNote, int version) {
        static Result of(TargetResult r) {
            return r == null ? null : new Result(r.id(), r.targetId(), r.periodId(), r.organizationId(), r.value(),
                    r.total(), r.note(), r.status(), r.enteredBy(), r.enteredAt(), r.reviewedBy(), r.reviewedAt(),
                    r.reviewNote(), r.version());
        }
    }

    record Change(String action, BigDecimal value, BigDecimal total, String note, ResultStatus status, String actor,
            OffsetDateTime at) {
        static Change of(ResultChange c) {
            return new Change(c.action(), c.value(), c.total(), c.note(), c.status(), c.actor(), c.at());
        }
    }

    record Slot(long organizationId, String organizationName, Result result, List<Change> history,
            List<File> evidence, boolean canEnter, boolean canReview) {
        static Slot of(TargetResults.Slot s) {
            return new Slot(s.organizationId(), s.organizationName(), Result.of(s.result()),
                    s.history().stream().map(Change::of).toList(), s.evidence().stream().map(File::of).toList(),
                    s.canEnter(), s.canReview());
        }
    }

    record Entry(Period period, ResolutionRecord resolution, TargetRecord target, Plan plan, List<Slot> slots) {
        static Entry of(TargetResults.Entry e) {
            return new Entry(Period.of(e.period()), ResolutionRecord.of(e.resolution()), TargetRecord.of(e.target()),
                    Plan.of(e.plan()), e.slots().stream().map(Slot::of).toList());
        }
    }

    record TaskRecord(long id, long programId, Long parentId, String ordinal, String title, String description,
            long leadOrganizationId, LocalDate deadline, TaskStatus status, LocalDate completedOn, int version) {
        static TaskRecord of(Task t) {
            return new TaskRecord(t.id(), t.programId(), t.parentId(), t.ordinal(), t.title(), t.description(),
                    t.leadOrganizationId(), t.deadline(), t.status(), t.completedOn(), t.version());
        }
    }

    record TaskRow(TaskRecord task, String leadName, List<String> cooperatorNames, boolean overdue, int depth) {
        static TaskRow of(ActionPrograms.TaskRow r) {
            return new TaskRow(TaskRecord.of(r.task()), r.leadName(), r.cooperatorNames(), r.overdue(), r.depth());
        }
    }

    record Update(TaskStatus statusAfter, Integer progress, String note, String actor, OffsetDateTime at,
            List<File> files) {
        static Update of(ActionPrograms.UpdateRow u) {
            TaskUpdate t = u.update();
            return new Update(t.statusAfter(), t.progress(), t.note(), t.actor(), t.at(),
                    u.files().stream().map(File::of).toList());
        }
    }

    record TaskView(TaskRow row, Program program, List<TaskRow> subTasks, List<Update> updates, boolean canUpdate,
            boolean canManage, boolean canAssignDown, List<Long> cooperatorIds) {
        static TaskView of(ActionPrograms.TaskView v) {
            return new TaskView(TaskRow.of(v.row()), Program.of(v.program()),
                    v.subTasks().stream().map(TaskRow::of).toList(), v.updates().stream().map(Update::of).toList(),
                    v.canUpdate(), v.canManage(), v.canAssignDown(), v.cooperatorIds());
        }
    }

    record ProgramView(Program program, Organization organization, ResolutionRecord resolution, List<TaskRow> tasks) {
        static ProgramView of(ActionPrograms.ProgramView v) {
            return new ProgramView(Program.of(v.program()), Organization.of(v.organization()),
                    ResolutionRecord.of(v.resolution()), v.tasks().stream().map(TaskRow::of).toList());
        }
    }

    record DashboardRow(TargetRecord target, BigDecimal plan, BigDecimal planTotal, BigDecimal value,
            BigDecimal total, BigDecimal percent, AchievementStatus status, long pendingReview, long owners,
            long ownersReported, String planText, String valueText, String percentText) {
        static DashboardRow of(Dashboards.TargetRow r) {
            return new DashboardRow(TargetRecord.of(r.target()), r.plan(), r.planTotal(), r.value(), r.total(),
                    r.percent(), r.status(), r.pendingReview(), r.owners(), r.ownersReported(), r.planText(),
                    r.valueText(), r.percentText());
        }
    }

    record WardDashboard(ResolutionRecord resolution, Organization organization, Period period, List<Period> periods,
            List<DashboardRow> rows, long achieved, long evaluated, Map<AchievementStatus, Long> byStatus,
            Dashboards.Trend trend, Map<String, Long> taskCounts, List<TaskRecord> overdueTasks,
            Map<Long, String> organizationNames) {
        static WardDashboard of(Dashboards.WardDashboard d) {
            return new WardDashboard(ResolutionRecord.of(d.resolution()), Organization.of(d.organization()),
                    Period.of(d.period()), d.periods().stream().map(Period::of).toList(),
                    d.rows().stream().map(DashboardRow::of).toList(), d.achieved(), d.evaluated(), d.byStatus(),
                    d.trend(), d.taskCounts(), d.overdueTasks().stream().map(TaskRecord::of).toList(),
                    d.organizationNames());
        }
    }
}
