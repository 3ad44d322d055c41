package vn.dangbo.resolution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.resolution.domain.ActionProgram;
import vn.dangbo.resolution.domain.Attachment;
import vn.dangbo.resolution.domain.AttachmentRepository;
import vn.dangbo.resolution.domain.ProgramRepository;
import vn.dangbo.resolution.domain.Resolution;
import vn.dangbo.resolution.domain.ResolutionRepository;
import vn.dangbo.resolution.domain.Task;
import vn.dangbo.resolution.domain.TaskUpdate;
import vn.dangbo.shared.Versions;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.UploadedFile;
import vn.dangbo.shared.FieldLimits;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.Violation;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.text.VietnameseText;

/**
 * Action programs (chương trình hành động), plans (kế hoạch) and conference conclusions with numbered tasks: a lead
 * organization, cooperating organizations, a deadline, a status, progress updates with files. A task's lead may
 * assign parts of it down to the cells under it as sub-tasks. Overdue means past the deadline and not done.
 */
@Service
@Transactional
public class ActionPrograms {

    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,3}");

    private final ProgramRepository programs;
    private final ResolutionRepository resolutions;
    private final AttachmentRepository attachments;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final Clock clock;

    ActionPrograms(ProgramRepository programs, ResolutionRepository resolutions, AttachmentRepository attachments,
            OrganizationDirectory organizations, AccessGuard guard, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.programs = programs;
        this.resolutions = resolutions;
        this.attachments = attachments;
        this.organizations = organizations;
        this.guard = guard;
        this.audit = audit;
    }

    public record ProgramView(ActionProgram program, OrganizationSummary organization, Resolution resolution,
            List<TaskRow> tasks) {}

    /** A task with the names it shows and whether it is overdue today. */
    public record TaskRow(Task task, String leadName, List<String> cooperatorNames, boolean overdue, int depth) {}

    public record TaskView(TaskRow row, ActionProgram program, List<TaskRow> subTasks, List<UpdateRow> updates,
            boolean canUpdate, boolean asCooperator, boolean canManage, boolean canAssignDown, List<Long> cooperatorIds) {}

    public record UpdateRow(TaskUpdate update, List<Attachment> files) {}

    @Transactional(readOnly = true)
    public List<ActionProgram> readable() {
        guard.require(Permission.RESOLUTION_VIEW);
        return programs.readablePrograms(guard.scopePath(), guard.ancestorPaths());
    }

    @Transactional(readOnly = true)
    public ProgramView program(long id) {
        ActionProgram p = readableProgram(id);
        return new ProgramView(p, organizations.get(p.organizationId()),
                p.resolutionId() == null ? null : resolutions.findById(p.resolutionId()).orElse(null),
                rows(programs.tasksOfProgram(id)));
    }

    public long createProgram(Long organizationId, Long resolutionId, ProgramKind kind, String number, String title,
            LocalDate issuedOn, String summary) {
        guard.require(Permission.RESOLUTION_MANAGE);
        if (organizationId == null) {
            throw DomainException.invalid("ORGANIZATION_REQUIRED", "validation.required").onField("organizationId");
        }
        OrganizationSummary org = organizations.get(organizationId);
        CurrentUser user = guard.require(Permission.RESOLUTION_MANAGE, org.path());
        List<Violation> v = new ArrayList<>();
        String cleanTitle = VietnameseText.cleanToNull(title);
        if (kind == null) {
            v.add(Violation.of("kind", "validation.required"));
        }
        if (cleanTitle == null) {
            v.add(Violation.of("title", "validation.required"));
        }
        if (issuedOn == null) {
            v.add(Violation.of("issuedOn", "validation.required"));
        }
        FieldLimits.check(v, "number", VietnameseText.cleanToNull(number), FieldLimits.CODE);
        FieldLimits.check(v, "title", cleanTitle, FieldLimits.TITLE);
        FieldLimits.check(v, "summary", VietnameseText.cleanToNull(summary), FieldLimits.TEXT);
        if (resolutionId != null) {
            Resolution r = resolutions.findById(resolutionId).orElse(null);
            if (r == null || r.organizationId() != organizationId) {
                v.add(Violation.of("resolutionId", "program.validation.resolutionOfOtherOrganization"));
            }
        }
        ValidationFailed.throwIfAny(v);
        long id = programs.insertProgram(org.id(), org.path(), resolutionId, kind, VietnameseText.cleanToNull(number),
                cleanTitle, issuedOn, VietnameseText.cleanToNull(summary), user.username());
        audit.created("ACTION_PROGRAM", id, org.path(), "Thêm " + kind.name() + " " + cleanTitle,
                Map.of("number", String.valueOf(number), "title", cleanTitle, "issuedOn", issuedOn.toString()));
        return id;
    }

    /** Refuses unless the signed-in person may add a task to the program (or a sub-task under the parent task). */
    @Transactional(readOnly = true)
    public void requireAssigner(long programId, Long parentTaskId) {
        ActionProgram p = readableProgram(programId);
        if (parentTaskId == null ? !(guard.can(Permission.RESOLUTION_MANAGE) && guard.within(p.orgPath()))
                : !mayAssignDown(p, task(parentTaskId))) {
            throw new AccessDeniedException("not an assigner of this program");
        }
    }

    /** Refuses unless the signed-in person may edit the task (whoever assigned it). */
    @Transactional(readOnly = true)
    public void requireEditor(long taskId) {
        Task t = task(taskId);
        requireAssigner(t.programId(), t.parentId());
    }

    /** Adds a task to a program (the program's office), or a sub-task under a task (the task's lead assigns it down). */
    public long addTask(long programId, Long parentTaskId, TaskData data) {
        ActionProgram p = readableProgram(programId);
        Task parent = null;
        if (parentTaskId == null) {
            guard.require(Permission.RESOLUTION_MANAGE, p.orgPath());
        } else {
            parent = task(parentTaskId);
            if (parent.programId() != programId) {
                throw DomainException.invalid("PARENT_OTHER_PROGRAM", "task.validation.parentOfOtherProgram");
            }
            if (!mayAssignDown(p, parent)) {
                throw new AccessDeniedException("only the program's office or the task's lead assigns sub-tasks");
            }
        }
        String ordinal = VietnameseText.cleanToNull(data.ordinal()) == null ? programs.nextOrdinal(programId, parentTaskId)
                : VietnameseText.clean(data.ordinal());
        Checked c = check(p, parent, data, ordinal);
        CurrentUser user = guard.current();
        long id = programs.insertTask(programId, parentTaskId, ordinal, c.title, VietnameseText.cleanToNull(data.description()),
                c.lead.id(), c.lead.path(), data.deadline(), user.username());
        programs.replaceCooperators(id, c.cooperators);
        audit.created("TASK", id, c.lead.path(), "Giao nhiệm vụ " + ordinal + ". " + c.title + " cho " + c.lead.name(),
                Map.of("title", c.title, "lead", c.lead.name(), "deadline", String.valueOf(data.deadline())));
        return id;
    }

    public void updateTask(long taskId, Integer version, TaskData data) {
        Task t = task(taskId);
        ActionProgram p = readableProgram(t.programId());
        Task parent = t.parentId() == null ? null : task(t.parentId());
        requireAssigner(p.id(), t.parentId());
        int expected = Versions.require(version);
        String ordinal = VietnameseText.cleanToNull(data.ordinal()) == null ? t.ordinal() : VietnameseText.clean(data.ordinal());
        Checked c = check(p, parent, data, ordinal);
        if (!programs.updateTask(taskId, expected, ordinal, c.title, VietnameseText.cleanToNull(data.description()),
                c.lead.id(), c.lead.path(), data.deadline(), guard.current().username())) {
            throw Versions.stale("TASK_CHANGED", programs.taskChangedAt(taskId));
        }
        programs.replaceCooperators(taskId, c.cooperators);
        audit.updated("TASK", taskId, c.lead.path(), "Sửa nhiệm vụ " + ordinal + ". " + c.title,
                Map.of("title", t.title(), "deadline", String.valueOf(t.deadline())),
                Map.of("title", c.title, "deadline", String.valueOf(data.deadline())));
    }

    /**
     * The lead (or the program's office) reports progress: a note, the new status, files. A co-operating
     * organization reports its part the same way; its report is kept in the task's history, but the task's own
     * status stays the lead's to set.
     */
    public long report(long taskId, TaskStatus status, Integer progress, String note, List<UploadedFile> files) {
        return report(taskId, status, progress, note, null, files);
    }

    /** As {@link #report(long, TaskStatus, Integer, String, List)}, stating when a finished task was completed. */
    public long report(long taskId, TaskStatus status, Integer progress, String note, LocalDate completedOn,
            List<UploadedFile> files) {
        Task t = task(taskId);
        ActionProgram p = readableProgram(t.programId());
        boolean lead = mayUpdate(p, t);
        if (!lead && !mayCooperate(t)) {
            throw new AccessDeniedException("neither the task's lead nor a co-operating organization");
        }
        List<Violation> v = new ArrayList<>();
        String cleanNote = VietnameseText.cleanToNull(note);
        if (status == null) {
            v.add(Violation.of("status", "validation.required"));
        }
        if (cleanNote == null) {
            v.add(Violation.of("note", "validation.required"));
        }
        FieldLimits.check(v, "note", cleanNote, FieldLimits.TEXT);
        if (progress != null && (progress < 0 || progress > 100)) {
            v.add(Violation.of("progress", "task.validation.progress"));
        }
        if (completedOn != null && completedOn.isAfter(LocalDate.now(clock))) {
            v.add(Violation.of("completedOn", "validation.notFuture"));
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
        Integer effectiveProgress = status == TaskStatus.DONE ? Integer.valueOf(100) : progress;
        long updateId = programs.insertUpdate(taskId, status, effectiveProgress, cleanNote, user.username());
        if (lead) {
            programs.setStatus(taskId, status, status == TaskStatus.DONE
                    ? (completedOn == null ? LocalDate.now(clock) : completedOn) : null, user.username());
        }
        for (Attachments.Upload u : uploads) {
            attachments.insert(AttachmentRepository.TASK_UPDATE, updateId, u.fileName(), u.contentType(), u.content(),
                    u.sha256(), user.username());
        }
        audit.updated("TASK", taskId, t.leadPath(), "Cập nhật tiến độ nhiệm vụ " + t.ordinal() + ". " + t.title(),
                Map.of("status", t.status().name()), Map.of("status", status.name(), "note", cleanNote));
        return updateId;
    }

    @Transactional(readOnly = true)
    public TaskView task(long taskId, boolean withUpdates) {
        Task t = task(taskId);
        ActionProgram p = readableProgram(t.programId());
        if (!guard.related(p.orgPath()) && !guard.related(t.leadPath())) {
            throw new vn.dangbo.shared.security.OutsideScopeException("task outside scope");
        }
        List<UpdateRow> updates = new ArrayList<>();
        if (withUpdates) {
            List<TaskUpdate> list = programs.updates(taskId);
            Map<Long, List<Attachment>> files = new LinkedHashMap<>();
            attachments.ofOwners(AttachmentRepository.TASK_UPDATE, list.stream().map(TaskUpdate::id).toList())
                    .forEach(a -> files.computeIfAbsent(a.ownerId(), k -> new ArrayList<>()).add(a));
            list.forEach(u -> updates.add(new UpdateRow(u, files.getOrDefault(u.id(), List.of()))));
        }
        boolean lead = mayUpdate(p, t);
        return new TaskView(rows(List.of(t)).get(0), p, rows(programs.subTasks(taskId)), updates, lead || mayCooperate(t),
                !lead,
                guard.can(Permission.RESOLUTION_MANAGE) && guard.within(p.orgPath()), mayAssignDown(p, t),
                programs.cooperators(taskId));
    }

    /** Tasks of the signed-in person's organizations (led, or cooperating), open ones first by deadline. */
    @Transactional(readOnly = true)
    public List<TaskRow> myTasks(boolean overdueOnly, boolean includeDone) {
        guard.require(Permission.RESOLUTION_VIEW);
        return rows(programs.tasksFor(guard.scopePath(), true, !includeDone, overdueOnly ? LocalDate.now(clock) : null, 500));
    }

    @Transactional(readOnly = true)
    public TaskFile file(long attachmentId) {
        Attachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> DomainException.notFound("FILE_NOT_FOUND", "attachment.notFound"));
        if (!AttachmentRepository.TASK_UPDATE.equals(a.ownerType())) {
            throw DomainException.notFound("FILE_NOT_FOUND", "attachment.notFound");
        }
        long taskId = programs.taskOfUpdate(a.ownerId());
        task(taskId, false);
        return new TaskFile(a, attachments.content(attachmentId));
    }

    public record TaskFile(Attachment attachment, byte[] content) {}

    private boolean mayUpdate(ActionProgram p, Task t) {
        return (guard.can(Permission.TASK_UPDATE) && guard.within(t.leadPath()))
                || (guard.can(Permission.RESOLUTION_MANAGE) && guard.within(p.orgPath()));
    }

    /** A cell (or office) whose scope holds one of the task's co-operating organizations reports its part. */
    private boolean mayCooperate(Task t) {
        return guard.can(Permission.TASK_UPDATE)
                && programs.cooperatorPaths(t.id()).stream().anyMatch(guard::within);
    }

    private boolean mayAssignDown(ActionProgram p, Task t) {
        return (guard.can(Permission.RESOLUTION_MANAGE) && guard.within(p.orgPath()))
                || (guard.can(Permission.TASK_UPDATE) && guard.within(t.leadPath()));
    }

    private record Checked(String title, OrganizationSummary lead, Map<Long, String> cooperators) {}

    /**
     * A task's lead lies within the program's organization; a sub-task assigned by the program's office may go to
     * any organization of it, one assigned by the parent task's lead stays within that lead's subtree.
     */
    private Checked check(ActionProgram p, Task parent, TaskData data, String ordinal) {
        List<Violation> v = new ArrayList<>();
        String title = VietnameseText.cleanToNull(data.title());
        if (title == null) {
            v.add(Violation.of("title", "validation.required"));
        } else {
            FieldLimits.check(v, "title", title, FieldLimits.TITLE);
        }
        FieldLimits.check(v, "description", VietnameseText.cleanToNull(data.description()), FieldLimits.TEXT);
        if (!ORDINAL.matcher(ordinal).matches()) {
            v.add(Violation.of("ordinal", "task.validation.ordinal"));
        }
        boolean office = guard.can(Permission.RESOLUTION_MANAGE) && guard.within(p.orgPath());
        String within = parent == null || office ? p.orgPath() : parent.leadPath();
        OrganizationSummary lead = null;
        if (data.leadOrganizationId() == null) {
            v.add(Violation.of("leadOrganizationId", "validation.required"));
        } else {
            lead = organizations.find(data.leadOrganizationId()).orElse(null);
            if (lead == null || !lead.path().startsWith(within) || lead.dissolved()) {
                v.add(Violation.of("leadOrganizationId", "task.validation.leadOutside"));
            }
        }
        Map<Long, String> cooperators = new LinkedHashMap<>();
        for (Long c : data.cooperatorIds()) {
            if (c == null || (lead != null && c == lead.id())) {
                continue;
            }
            OrganizationSummary o = organizations.find(c).orElse(null);
            if (o == null || !o.path().startsWith(p.orgPath())) {
                v.add(Violation.of("cooperatorIds", "task.validation.leadOutside"));
            } else {
                cooperators.put(o.id(), o.path());
            }
        }
        ValidationFailed.throwIfAny(v);
        return new Checked(title, lead, cooperators);
    }

    private List<TaskRow> rows(List<Task> tasks) {
        LocalDate today = LocalDate.now(clock);
        java.util.Set<Long> orgIds = new java.util.HashSet<>();
        Map<Long, List<Long>> coops = programs.cooperatorsOf(tasks.stream().map(Task::id).toList());
        for (Task t : tasks) {
            orgIds.add(t.leadOrganizationId());
            orgIds.addAll(coops.getOrDefault(t.id(), List.of()));
        }
        Map<Long, String> names = organizations.names(orgIds);
        return tasks.stream().map(t -> new TaskRow(t, names.get(t.leadOrganizationId()),
                coops.getOrDefault(t.id(), List.of()).stream().map(names::get).toList(), t.overdueOn(today),
                (int) t.ordinal().chars().filter(ch -> ch == '.').count())).toList();
    }

    private ActionProgram readableProgram(long id) {
        ActionProgram p = programs.findProgram(id)
                .orElseThrow(() -> DomainException.notFound("PROGRAM_NOT_FOUND", "program.notFound"));
        guard.require(Permission.RESOLUTION_VIEW);
        if (!guard.related(p.orgPath())) {
            throw new vn.dangbo.shared.security.OutsideScopeException("program outside scope");
        }
        return p;
    }

    private Task task(long id) {
        return programs.findTask(id).orElseThrow(() -> DomainException.notFound("TASK_NOT_FOUND", "task.notFound"));
    }
}
