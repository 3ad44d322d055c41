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
import vn.dangbo.resolution.TargetImport;
import vn.dangbo.resolution.domain.Resolution;
import vn.dangbo.resolution.importing.UploadedSheet;

/**
 * The targets of a resolution in Excel: the template, then upload, preview of every bad row and confirmation.
 * Permission (RESOLUTION_MANAGE within the resolution's organization) and ownership of an import are checked by
 * {@link TargetImport}.
 */
@Controller
class TargetImportController {

    private final TargetImport imports;
    private final ImportPages pages;

    TargetImportController(TargetImport imports, ImportPages pages) {
        this.imports = imports;
        this.pages = pages;
    }

    @GetMapping("/resolutions/{id}/targets/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        Resolution r = imports.resolution(id);
        byte[] file = imports.template(id);
        String name = ImportPages.slug(r.number() != null ? r.number() : r.title());
        return ImportPages.xlsx("chi-tieu-" + (name.isEmpty() ? String.valueOf(id) : name) + ".xlsx", file);
    }

    @GetMapping("/resolutions/{id}/targets/import")
    String uploadPage(@PathVariable long id, Model model) {
        return upload(model, imports.resolution(id), new ExcelUploadForm());
    }

    private String upload(Model model, Resolution r, ExcelUploadForm form) {
        model.addAttribute("r", r);
        model.addAttribute("form", form);
        model.addAttribute("maxBytes", UploadedSheet.MAX_BYTES);
        return "resolution/targets-import";
    }

    @PostMapping("/resolutions/{id}/targets/import")
    String upload(@PathVariable long id, @ModelAttribute("form") ExcelUploadForm form, BindingResult result,
            Model model) {
        Resolution r = imports.resolution(id);
        return ImportPages.upload(base(id), form, result, (name, content) -> imports.upload(id, name, content),
                () -> upload(model, r, form));
    }

    @GetMapping("/resolutions/{id}/targets/import/{importId}")
    String show(@PathVariable long id, @PathVariable long importId, Model model, RedirectAttributes ra) {
        return ImportPages.ended(imports.get(id, importId), base(id), ra).orElseGet(() -> {
            TargetImport.Preview p = imports.preview(id, importId);
            model.addAttribute("r", p.resolution());
            pages.preview(model, p.record(), p.errors(), p.changes());
            return "resolution/targets-import-preview";
        });
    }

    @PostMapping("/resolutions/{id}/targets/import/{importId}/confirm")
    String confirm(@PathVariable long id, @PathVariable long importId,
            @RequestParam(defaultValue = "false") boolean onlyValid, RedirectAttributes ra) {
        return ImportPages.confirm(base(id), importId, () -> imports.confirm(id, importId, onlyValid), ra);
    }

    @PostMapping("/resolutions/{id}/targets/import/{importId}/discard")
    String discard(@PathVariable long id, @PathVariable long importId, RedirectAttributes ra) {
        return ImportPages.discard(base(id), importId, () -> imports.discard(id, importId), ra);
    }

    private static String base(long resolutionId) {
        return "/resolutions/" + resolutionId + "/targets/import";
    }
}
