package vn.dangbo.resolution.web;

import java.time.Clock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.resolution.Dashboards;
import vn.dangbo.resolution.PeriodKind;
import vn.dangbo.resolution.ReportingPeriods;
import vn.dangbo.resolution.ResolutionManagement;
import vn.dangbo.resolution.ResultImport;
import vn.dangbo.resolution.TargetResults;
import vn.dangbo.resolution.domain.ReportingPeriod;
import vn.dangbo.resolution.domain.Resolution;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.Violation;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.web.Forms;

/** Reporting periods: opening and closing them, the sheet of targets of a period, entering and reviewing values. */
@Controller
class PeriodController {

    private final ReportingPeriods periods;
    private final TargetResults results;
    private final ResolutionManagement resolutions;
    private final Dashboards dashboards;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;
    private final org.springframework.context.MessageSource messages;
    private final ResultImport imports;
    private final Clock clock;

    PeriodController(ReportingPeriods periods, TargetResults results, ResolutionManagement resolutions,
            Dashboards dashboards, OrganizationDirectory organizations, AccessGuard guard,
            org.springframework.context.MessageSource messages, ResultImport imports, Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.imports = imports;
        this.periods = periods;
        this.results = results;
        this.resolutions = resolutions;
        this.dashboards = dashboards;
        this.organizations = organizations;
        this.guard = guard;
    }

    public static class OpenForm {
        private Long organizationId;
        private Integer year;
        private PeriodKind kind = PeriodKind.NINE_MONTHS;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startsOn;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endsOn;
        public Long getOrganizationId() { return organizationId; }
        public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public PeriodKind getKind() { return kind; }
        public void setKind(PeriodKind kind) { this.kind = kind; }
        public LocalDate getStartsOn() { return startsOn; }
        public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
        public LocalDate getEndsOn() { return endsOn; }
        public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    }

    /** The organization whose periods are listed: the one asked for, else the nearest committee of the account. */
    private OrganizationSummary organization(Long org) {
        if (org != null) {
            return organizations.get(org);
        }
        Long scope = guard.current().scopeOrganizationId();
        if (scope == null) {
            return organizations.ofKinds("/", List.of(OrganizationKind.WARD_COMMITTEE)).stream().findFirst()
                    .orElseThrow(() -> DomainException.notFound("ORGANIZATION_NOT_FOUND", "organization.notFound"));
        }
        return organizations.wardOf(scope).orElse(organizations.get(scope));
    }

    @GetMapping("/periods")
    String list(@RequestParam(required = false) Long org, Model model) {
        OrganizationSummary o = organization(org);
        OpenForm form = new OpenForm();
        form.setOrganizationId(o.id());
        form.setYear(LocalDate.now(clock).getYear());
        return listPage(model, o, form);
    }

    private String listPage(Model model, OrganizationSummary o, OpenForm form) {
        model.addAttribute("o", o);
        model.addAttribute("periods", periods.of(o.id()));
        model.addAttribute("form", form);
        model.addAttribute("kinds", PeriodKind.values());
        model.addAttribute("canManage", guard.can(Permission.RESOLUTION_MANAGE) && guard.within(o.path()));
        model.addAttribute("committees", organizations.ofKinds(guard.scopePath(), List.of(OrganizationKind.WARD_COMMITTEE,
                OrganizationKind.PROVINCIAL_COMMITTEE, OrganizationKind.GRASSROOTS_COMMITTEE)));
        return "resolution/periods";
    }

    @PostMapping("/periods")
    String open(@ModelAttribute("form") OpenForm form, BindingResult result, Model model, RedirectAttributes ra) {
        OrganizationSummary o = organization(form.getOrganizationId());
        return Forms.submit(result, () -> listPage(model, o, form), () -> {
            long id = periods.open(form.getOrganizationId(), form.getYear(), form.getKind(), form.getStartsOn(),
                    form.getEndsOn());
            ra.addFlashAttribute("flash", "period.opened");
            return "redirect:/periods/" + id;
        });
    }

    @PostMapping("/periods/{id}/close")
    String close(@PathVariable long id, RedirectAttributes ra) {
        periods.close(id);
        ra.addFlashAttribute("flash", "period.closed");
        return "redirect:/periods/" + id;
    }

    @PostMapping("/periods/{id}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes ra) {
        periods.reopen(id);
        ra.addFlashAttribute("flash", "period.reopened");
        return "redirect:/periods/" + id;
    }

    /** The period's sheet: every target of the organization's resolutions in force that year, with its value. */
    @GetMapping("/periods/{id}")
    String sheet(@PathVariable long id, Model model) {
        ReportingPeriod p = periods.get(id);
        List<Dashboards.WardDashboard> sheets = new ArrayList<>();
        java.util.Set<Long> enterable = new java.util.HashSet<>();
        for (Resolution r : resolutions.list(p.year())) {
            if (r.organizationId() == p.organizationId()) {
                Dashboards.WardDashboard d = dashboards.ward(r.id(), p.id());
                sheets.add(d);
                enterable.addAll(results.enterable(r.id(), d.rows().stream().map(Dashboards.TargetRow::target).toList()));
            }
        }
        model.addAttribute("enterable", enterable);
        model.addAttribute("p", p);
        model.addAttribute("o", organizations.get(p.organizationId()));
        model.addAttribute("sheets", sheets);
        model.addAttribute("canManage", guard.can(Permission.RESOLUTION_MANAGE) && guard.within(p.orgPath()));
        model.addAttribute("canImport", imports.mayImport(p));
        return "resolution/period";
    }

    public static class EntryForm {
        private Long organizationId;
        private String value;
        private String total;
        private String note;
        private int version = -1;
        private List<MultipartFile> files = new ArrayList<>();
        public Long getOrganizationId() { return organizationId; }
        public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getTotal() { return total; }
        public void setTotal(String total) { this.total = total; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
        public List<MultipartFile> getFiles() { return files; }
        public void setFiles(List<MultipartFile> files) { this.files = files; }
    }

    @GetMapping("/periods/{periodId}/targets/{targetId}")
    String entry(@PathVariable long periodId, @PathVariable long targetId, Model model) {
        return entryPage(model, results.entry(periodId, targetId), null, null);
    }

    @PostMapping("/periods/{periodId}/targets/{targetId}")
    String enter(@PathVariable long periodId, @PathVariable long targetId, @ModelAttribute("form") EntryForm form,
            BindingResult result, Model model, RedirectAttributes ra) {
        try {
            List<String> unreadable = new ArrayList<>();
            BigDecimal value = NumberInput.parse(form.getValue(), "value", unreadable);
            BigDecimal total = NumberInput.parse(form.getTotal(), "total", unreadable);
            if (!unreadable.isEmpty()) {
                throw new ValidationFailed(unreadable.stream().map(f -> Violation.of(f, "number.unreadable")).toList());
            }
            results.enter(periodId, targetId, form.getOrganizationId(), value, total, form.getNote(), form.getVersion(),
                    Uploads.of(form.getFiles()));
            ra.addFlashAttribute("flash", "result.saved");
            return "redirect:/periods/" + periodId + "/targets/" + targetId;
        } catch (DomainException e) {
            Forms.reject(result, e);
            return entryPage(model, results.entry(periodId, targetId), form, result);
        }
    }

    private String entryPage(Model model, TargetResults.Entry entry, EntryForm failed, BindingResult result) {
        model.addAttribute("e", entry);
        model.addAttribute("failed", failed);
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (result != null) {
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            result.getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), messages.getMessage(f, locale)));
            result.getGlobalErrors().forEach(g -> errors.putIfAbsent("", messages.getMessage(g, locale)));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("kindCount", entry.target().kind() == vn.dangbo.resolution.TargetKind.COUNT_OF_TOTAL);
        return "resolution/entry";
    }

    @PostMapping("/results/{id}/review")
    String review(@PathVariable long id, @RequestParam boolean accept, @RequestParam(required = false) String note,
            @RequestParam long periodId, @RequestParam long targetId, RedirectAttributes ra) {
        try {
            results.review(id, accept, note);
            ra.addFlashAttribute("flash", accept ? "result.accepted" : "result.returned");
        } catch (DomainException e) {
            ra.addFlashAttribute("reviewError", e.messageKey());
        }
        return "redirect:/periods/" + periodId + "/targets/" + targetId;
    }

    @GetMapping("/results/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        TargetResults.Evidence e = results.evidence(id);
        return download(e.attachment().fileName(), e.attachment().contentType(), e.content());
    }

    static ResponseEntity<byte[]> download(String fileName, String contentType, byte[] content) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (RuntimeException ex) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(type)
                .body(content);
    }
}
