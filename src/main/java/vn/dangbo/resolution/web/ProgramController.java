package vn.dangbo.resolution.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.web.Uploads;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.resolution.ActionPrograms;
import vn.dangbo.resolution.ProgramKind;
import vn.dangbo.resolution.ResolutionManagement;
import vn.dangbo.resolution.TaskData;
import vn.dangbo.resolution.TaskStatus;
import vn.dangbo.resolution.domain.ActionProgram;
import vn.dangbo.resolution.domain.Task;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.web.Forms;

/** Action programs, plans and conclusions; their tasks; "my tasks"; progress reports. */
@Controller
class ProgramController {

    private final ActionPrograms programs;
    private final ResolutionManagement resolutions;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;

    ProgramController(ActionPrograms programs, ResolutionManagement resolutions, OrganizationDirectory organizations,
            AccessGuard guard) {
        this.programs = programs;
        this.resolutions = resolutions;
        this.organizations = organizations;
        this.guard = guard;
    }

    public static class ProgramForm {
        private Long organizationId;
        private Long resolutionId;
        private ProgramKind kind = ProgramKind.ACTION_PROGRAM;
        private String number;
        private String title;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate issuedOn;
        private String summary;
        public Long getOrganizationId() { return organizationId; }
        public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
        public Long getResolutionId() { return resolutionId; }
        public void setResolutionId(Long resolutionId) { this.resolutionId = resolutionId; }
        public ProgramKind getKind() { return kind; }
        public void setKind(ProgramKind kind) { this.kind = kind; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public LocalDate getIssuedOn() { return issuedOn; }
        public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
    }

    public static class TaskForm {
        private Long parentId;
        private Integer version;
        private String ordinal;
        private String title;
        private String description;
        private Long leadOrganizationId;
        private List<Long> cooperatorIds = new ArrayList<>();
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;
        TaskData data() {
            return new TaskData(ordinal, title, description, leadOrganizationId, cooperatorIds, deadline);
        }
        static TaskForm of(Task t, List<Long> cooperators) {
            TaskForm f = new TaskForm();
            f.parentId = t.parentId();
            f.version = t.version();
            f.ordinal = t.ordinal();
            f.title = t.title();
            f.description = t.description();
            f.leadOrganizationId = t.leadOrganizationId();
            f.cooperatorIds = new ArrayList<>(cooperators);
            f.deadline = t.deadline();
            return f;
        }
        public Long getParentId() { return parentId; }
        public void setParentId(Long parentId) { this.parentId = parentId; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
        public String getOrdinal() { return ordinal; }
        public void setOrdinal(String ordinal) { this.ordinal = ordinal; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public Long getLeadOrganizationId() { return leadOrganizationId; }
        public void setLeadOrganizationId(Long leadOrganizationId) { this.leadOrganizationId = leadOrganizationId; }
        public List<Long> getCooperatorIds() { return cooperatorIds; }
        public void setCooperatorIds(List<Long> cooperatorIds) { this.cooperatorIds = cooperatorIds; }
        public LocalDate getDeadline() { return deadline; }
        public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    }

    public static class ReportForm {
        private TaskStatus status = TaskStatus.IN_PROGRESS;
        private Integer progress;
        private String note;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate completedOn;
        private List<MultipartFile> files = new ArrayList<>();
        public LocalDate getCompletedOn() { return completedOn; }
        public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
        public TaskStatus getStatus() { return status; }
        public void setStatus(TaskStatus status) { this.status = status; }
        public Integer getProgress() { return progress; }
        public void setProgress(Integer progress) { this.progress = progress; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public List<MultipartFile> getFiles() { return files; }
        public void setFiles(List<MultipartFile> files) { this.files = files; }
    }

    @GetMapping("/programs")
    String list(Model model) {
        List<ActionProgram> list = programs.readable();
        model.addAttribute("programs", list);
        model.addAttribute("names", organizations.names(list.stream().map(ActionProgram::organizationId).distinct().toList()));
        return "resolution/programs";
    }

    @GetMapping("/programs/new")
    String newProgram(@RequestParam(required = false) Long resolution, Model model) {
        guard.require(Permission.RESOLUTION_MANAGE);
        ProgramForm form = new ProgramForm();
        if (resolution != null) {
            var r = resolutions.readable(resolution);
            form.setResolutionId(r.id());
            form.setOrganizationId(r.organizationId());
        } else {
            guard.currentUser().map(u -> u.scopeOrganizationId()).ifPresent(form::setOrganizationId);
        }
        return programForm(model, form);
    }

    @PostMapping("/programs")
    String createProgram(@ModelAttribute("form") ProgramForm form, BindingResult result, Model model,
            RedirectAttributes ra) {
        return Forms.submit(result, () -> programForm(model, form), () -> {
            long id = programs.createProgram(form.getOrganizationId(), form.getResolutionId(), form.getKind(),
                    form.getNumber(), form.getTitle(), form.getIssuedOn(), form.getSummary());
            ra.addFlashAttribute("flash", "program.created");
            return "redirect:/programs/" + id;
        });
    }

    private String programForm(Model model, ProgramForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", ProgramKind.values());
        model.addAttribute("organizations", organizations.ofKinds(guard.scopePath(), List.of(
                OrganizationKind.PROVINCIAL_COMMITTEE, OrganizationKind.WARD_COMMITTEE,
                OrganizationKind.GRASSROOTS_COMMITTEE, OrganizationKind.GRASSROOTS_CELL, OrganizationKind.CELL)));
        model.addAttribute("resolutions", resolutions.list(null));
        return "resolution/program-form";
    }

    @GetMapping("/programs/{id}")
    String show(@PathVariable long id, Model model) {
        ActionPrograms.ProgramView v = programs.program(id);
        model.addAttribute("v", v);
        model.addAttribute("canManage", guard.can(Permission.RESOLUTION_MANAGE) && guard.within(v.program().orgPath()));
        return "resolution/program";
    }

    @GetMapping("/programs/{id}/tasks/new")
    String newTask(@PathVariable long id, @RequestParam(required = false) Long parent, Model model) {
        ActionPrograms.ProgramView v = programs.program(id);
        programs.requireAssigner(id, parent);
        TaskForm form = new TaskForm();
        form.setParentId(parent);
        return taskForm(model, v.program(), form, null);
    }

    @PostMapping("/programs/{id}/tasks")
    String createTask(@PathVariable long id, @ModelAttribute("form") TaskForm form, BindingResult result, Model model,
            RedirectAttributes ra) {
        ActionPrograms.ProgramView v = programs.program(id);
        return Forms.submit(result, () -> taskForm(model, v.program(), form, null), () -> {
            long taskId = programs.addTask(id, form.getParentId(), form.data());
            ra.addFlashAttribute("flash", "task.created");
            return "redirect:/tasks/" + (form.getParentId() != null ? form.getParentId() : taskId);
        });
    }

    @GetMapping("/tasks/{id}/edit")
    String editTask(@PathVariable long id, Model model) {
        programs.requireEditor(id);
        ActionPrograms.TaskView v = programs.task(id, false);
        return taskForm(model, v.program(), TaskForm.of(v.row().task(), v.cooperatorIds()), v.row().task());
    }

    @PostMapping("/tasks/{id}")
    String updateTask(@PathVariable long id, @ModelAttribute("form") TaskForm form, BindingResult result, Model model,
            RedirectAttributes ra) {
        ActionPrograms.TaskView v = programs.task(id, false);
        return Forms.submit(result, () -> taskForm(model, v.program(), form, v.row().task()), () -> {
            programs.updateTask(id, form.getVersion(), form.data());
            ra.addFlashAttribute("flash", "task.saved");
            return "redirect:/tasks/" + id;
        });
    }

    private String taskForm(Model model, ActionProgram program, TaskForm form, Task existing) {
        model.addAttribute("program", program);
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        String within = program.orgPath();
        if (form.getParentId() != null) {
            ActionPrograms.TaskView parent = programs.task(form.getParentId(), false);
            if (!parent.canManage()) {
                within = parent.row().task().leadPath();
            }
            model.addAttribute("parent", parent.row());
        }
        // a task's lead lies within the program's organization; a sub-task's within its parent's lead
        model.addAttribute("organizations", organizations.within(within));
        model.addAttribute("allOrganizations", organizations.within(program.orgPath()));
        return "resolution/task-form";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        model.addAttribute("v", programs.task(id, true));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ReportForm());
        }
        model.addAttribute("statuses", TaskStatus.values());
        return "resolution/task";
    }

    @PostMapping("/tasks/{id}/report")
    String report(@PathVariable long id, @ModelAttribute("form") ReportForm form, BindingResult result, Model model,
            RedirectAttributes ra) {
        try {
            if (!result.hasErrors()) {
                programs.report(id, form.getStatus(), form.getProgress(), form.getNote(), form.getCompletedOn(),
                        Uploads.of(form.getFiles()));
                ra.addFlashAttribute("flash", "task.reported");
                return "redirect:/tasks/" + id;
            }
        } catch (DomainException e) {
            Forms.reject(result, e);
        }
        model.addAttribute("v", programs.task(id, true));
        model.addAttribute("statuses", TaskStatus.values());
        return "resolution/task";
    }

    /** "My tasks": those of the organizations in the account's scope, led or shared; overdue ones flagged. */
    @GetMapping("/tasks")
    String myTasks(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "false") boolean done,
            Model model) {
        model.addAttribute("tasks", programs.myTasks(overdue, done));
        model.addAttribute("overdue", overdue);
        model.addAttribute("done", done);
        return "resolution/tasks";
    }

    @GetMapping("/tasks/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        ActionPrograms.TaskFile f = programs.file(id);
        return PeriodController.download(f.attachment().fileName(), f.attachment().contentType(), f.content());
    }
}
