package vn.dangbo.member.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.member.ImportField;
import vn.dangbo.member.MemberExport;
import vn.dangbo.member.MemberImport;
import vn.dangbo.member.importing.ImportRecord;
import vn.dangbo.member.importing.ImportStatus;
import vn.dangbo.member.importing.ImportStore;
import vn.dangbo.member.importing.RowProblem;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.web.Forms;

/**
 * The pages of a member list import: upload, column mapping (only when a header was not recognised), preview with
 * every bad row and its reasons, and progress then result. Permission and scope are checked by {@link MemberImport}.
 */
@Controller
@RequestMapping("/members/import")
class MemberImportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MemberImport imports;
    private final MemberExport export;
    private final MessageSource messages;

    MemberImportController(MemberImport imports, MemberExport export, MessageSource messages) {
        this.imports = imports;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping
    String uploadPage(Model model) {
        return upload(model, new UploadForm());
    }

    private String upload(Model model, UploadForm form) {
        model.addAttribute("form", form);
        model.addAttribute("targets", imports.targets());
        model.addAttribute("recent", imports.recent());
        model.addAttribute("fields", recognisedFields());
        return "member/import/upload";
    }

    @PostMapping
    String upload(@ModelAttribute("form") UploadForm form, BindingResult result, Model model) throws IOException {
        if (result.hasErrors()) {
            return upload(model, form);
        }
        try {
            byte[] content = form.getFile() == null ? new byte[0] : form.getFile().getBytes();
            String name = form.getFile() == null ? "" : form.getFile().getOriginalFilename();
            long id = imports.upload(name, content, form.getOrganizationId());
            return "redirect:/members/import/" + id;
        } catch (DomainException e) {
            Forms.reject(result, e);
            return upload(model, form);
        }
    }

    @GetMapping("/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        byte[] file;
        try (var out = new java.io.ByteArrayOutputStream()) {
            export.template(out);
            file = out.toByteArray();
        }
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDispositions.attachment("mau-danh-sach-dang-vien.xlsx"));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, RedirectAttributes ra) {
        ImportRecord r = imports.get(id);
        return switch (r.status()) {
            case MAPPING -> mapping(model, r, MappingForm.of(r), List.of());
            case PREVIEW -> preview(model, id);
            case CANCELLED, EXPIRED -> {
                ra.addFlashAttribute("flash", r.status().messageKey());
                yield "redirect:/members/import";
            }
            default -> progressPage(model, r);
        };
    }

    private String mapping(Model model, ImportRecord r, MappingForm form, List<String> problems) {
        model.addAttribute("imp", r);
        model.addAttribute("form", form);
        model.addAttribute("columns", imports.columns(r.id()));
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("targets", imports.targets());
        model.addAttribute("problems", problems);
        return "member/import/mapping";
    }

    @PostMapping("/{id}/mapping")
    String map(@PathVariable long id, @ModelAttribute("form") MappingForm form, Model model) {
        try {
            List<MemberImport.MappingProblem> problems = imports.map(id, form.getFields(), form.getOrganizationId());
            if (problems.isEmpty()) {
                return "redirect:/members/import/" + id;
            }
            Locale locale = LocaleContextHolder.getLocale();
            List<String> texts = problems.stream()
                    .map(p -> messages.getMessage(p.key(), p.args().toArray(), p.key(), locale)).toList();
            return mapping(model, imports.get(id), form, texts);
        } catch (DomainException e) {
            if (!"organizationId".equals(e.field())) {
                throw e;
            }
            return mapping(model, imports.get(id), form,
                    List.of(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale())));
        }
    }

    @PostMapping("/{id}/remap")
    String remap(@PathVariable long id) {
        imports.remap(id);
        return "redirect:/members/import/" + id;
    }

    /** A bad row as the preview lists it: its number in the file, the name it gives, and every reason. */
    record BadRow(int rowNumber, String label, List<String> reasons) {}

    private String preview(Model model, long id) {
        MemberImport.Preview p = imports.preview(id);
        model.addAttribute("p", p);
        model.addAttribute("imp", p.record());
        model.addAttribute("badRows", badRows(p.errors()));
        model.addAttribute("converted", convertedByEncoding(p.record()));
        return "member/import/preview";
    }

    /** Columns converted from a legacy encoding, as "“Họ và tên”, “Quê quán”" per encoding. */
    private static java.util.Map<String, String> convertedByEncoding(ImportRecord r) {
        java.util.Map<String, String> byEncoding = new java.util.LinkedHashMap<>();
        for (ImportRecord.ConvertedColumn c : r.converted()) {
            String label = "“" + (c.label().isBlank() ? String.valueOf(c.column() + 1) : c.label()) + "”";
            byEncoding.merge(c.encoding(), label, (a, b) -> a + ", " + b);
        }
        return byEncoding;
    }

    private List<BadRow> badRows(List<ImportStore.RowOutcome> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        List<BadRow> rows = new ArrayList<>(errors.size());
        for (ImportStore.RowOutcome o : errors) {
            List<String> reasons = new ArrayList<>();
            for (RowProblem problem : o.problems()) {
                reasons.add(reason(problem, locale));
            }
            rows.add(new BadRow(o.rowNumber(), o.fullName(), reasons));
        }
        return rows;
    }

    private String reason(RowProblem problem, Locale locale) {
        String key = "validation.required".equals(problem.key()) ? "member.import.row.required" : problem.key();
        String message = messages.getMessage(key, problem.argArray(), key, locale);
        if (problem.citation() != null) {
            message = messages.getMessage("rule.refusedCiting", new Object[] {message,
                    messages.getMessage(problem.citation(), null, problem.citation(), locale)}, message, locale);
        }
        if (problem.field() == null) {
            return message;
        }
        String fieldKey = "member.import.field." + problem.field();
        String label = messages.getMessage(fieldKey, null, problem.field(), locale);
        return messages.getMessage("member.import.reason", new Object[] {label, message}, message, locale);
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "false") boolean onlyValid,
            RedirectAttributes ra) {
        try {
            imports.confirm(id, onlyValid);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            ra.addFlashAttribute("importError", e.messageKey());
            ra.addFlashAttribute("importErrorArgs", e.args());
        }
        return "redirect:/members/import/" + id;
    }

    private String progressPage(Model model, ImportRecord r) {
        progressModel(model, r);
        return "member/import/progress";
    }

    /** The progress block; htmx asks for it every second until the run ends. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        progressModel(model, imports.get(id));
        return "member/import/progress :: progress";
    }

    private void progressModel(Model model, ImportRecord r) {
        model.addAttribute("imp", r);
        int percent = r.plannedRows() == 0 ? 0 : Math.min(100, r.processedRows() * 100 / r.plannedRows());
        model.addAttribute("percent", percent);
        model.addAttribute("percentClass", "progress-w-" + (percent / 5 * 5));
        model.addAttribute("working", r.status() == ImportStatus.QUEUED || r.status() == ImportStatus.RUNNING);
        model.addAttribute("skipped", r.status() == ImportStatus.DONE ? badRows(imports.skipped(r.id())) : List.of());
        model.addAttribute("retryable", imports.retryable(r));
    }

    /** Writes again a run that failed (its worker was gone): the rows are checked again first. */
    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes ra) {
        try {
            imports.retry(id);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            ra.addFlashAttribute("importError", e.messageKey());
            ra.addFlashAttribute("importErrorArgs", e.args());
        }
        return "redirect:/members/import/" + id;
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, RedirectAttributes ra) {
        imports.discard(id);
        ra.addFlashAttribute("flash", "member.import.discarded");
        return "redirect:/members/import";
    }

    /** The fields a header is recognised as (shown on the upload page), in the register's order. */
    private static List<ImportField> recognisedFields() {
        List<ImportField> fields = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            if (f != ImportField.BIRTH_MALE && f != ImportField.BIRTH_FEMALE && f != ImportField.STATUS) {
                fields.add(f);
            }
        }
        return fields;
    }
}
