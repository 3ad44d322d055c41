package vn.dangbo.resolution.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.resolution.ResultImport;
import vn.dangbo.resolution.domain.ReportingPeriod;
import vn.dangbo.resolution.importing.UploadedSheet;

/**
 * The values of a reporting period in Excel: the template, then upload, preview of every bad row and confirmation.
 * Permission (RESULT_ENTER within or above the period's organization, and per row the rule of the entry page) and
 * ownership of an import are checked by {@link ResultImport}.
 */
@Controller
class ResultImportController {

    private final ResultImport imports;
    private final OrganizationDirectory organizations;
    private final ImportPages pages;

    ResultImportController(ResultImport imports, OrganizationDirectory organizations, ImportPages pages) {
        this.imports = imports;
        this.organizations = organizations;
        this.pages = pages;
    }

    @GetMapping("/periods/{id}/results/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        ReportingPeriod p = imports.period(id);
        byte[] file = imports.template(id);
        return ImportPages.xlsx(pages.periodFileName("so-lieu", p), file);
    }

    @GetMapping("/periods/{id}/results/import")
    String uploadPage(@PathVariable long id, Model model) {
        return upload(model, imports.period(id), new ExcelUploadForm());
    }

    private String upload(Model model, ReportingPeriod p, ExcelUploadForm form) {
        model.addAttribute("p", p);
        model.addAttribute("o", organizations.get(p.organizationId()));
        model.addAttribute("form", form);
        model.addAttribute("maxBytes", UploadedSheet.MAX_BYTES);
        return "resolution/results-import";
    }

    @PostMapping("/periods/{id}/results/import")
    String upload(@PathVariable long id, @ModelAttribute("form") ExcelUploadForm form, BindingResult result,
            Model model) {
        ReportingPeriod p = imports.period(id);
        return ImportPages.upload(base(id), form, result, (name, content) -> imports.upload(id, name, content),
                () -> upload(model, p, form));
    }

    @GetMapping("/periods/{id}/results/import/{importId}")
    String show(@PathVariable long id, @PathVariable long importId, Model model, RedirectAttributes ra) {
        return ImportPages.ended(imports.get(id, importId), base(id), ra).orElseGet(() -> {
            ResultImport.Preview preview = imports.preview(id, importId);
            model.addAttribute("p", preview.period());
            model.addAttribute("orgName", preview.organizationName());
            pages.preview(model, preview.record(), preview.errors(), preview.changes());
            return "resolution/results-import-preview";
        });
    }

    @PostMapping("/periods/{id}/results/import/{importId}/confirm")
    String confirm(@PathVariable long id, @PathVariable long importId,
            @RequestParam(defaultValue = "false") boolean onlyValid, RedirectAttributes ra) {
        return ImportPages.confirm(base(id), importId, () -> imports.confirm(id, importId, onlyValid), ra);
    }

    @PostMapping("/periods/{id}/results/import/{importId}/discard")
    String discard(@PathVariable long id, @PathVariable long importId, RedirectAttributes ra) {
        return ImportPages.discard(base(id), importId, () -> imports.discard(id, importId), ra);
    }

    private static String base(long periodId) {
        return "/periods/" + periodId + "/results/import";
    }
}
