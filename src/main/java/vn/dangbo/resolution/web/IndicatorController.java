package vn.dangbo.resolution.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.resolution.Indicators;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.web.Forms;

/** The catalogue of shared indicators, kept by the province office. */
@Controller
class IndicatorController {

    private final Indicators indicators;
    private final AccessGuard guard;

    IndicatorController(Indicators indicators, AccessGuard guard) {
        this.indicators = indicators;
        this.guard = guard;
    }

    public static class IndicatorForm {
        private String code;
        private String name;
        private String unit;
        private String description;
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    @GetMapping("/indicators")
    String list(Model model) {
        return page(model, new IndicatorForm());
    }

    @PostMapping("/indicators")
    String save(@ModelAttribute("form") IndicatorForm form, BindingResult result, Model model, RedirectAttributes ra) {
        return Forms.submit(result, () -> page(model, form), () -> {
            indicators.save(form.getCode(), form.getName(), form.getUnit(), form.getDescription());
            ra.addFlashAttribute("flash", "indicator.saved");
            return "redirect:/indicators";
        });
    }

    private String page(Model model, IndicatorForm form) {
        model.addAttribute("indicators", indicators.list());
        model.addAttribute("form", form);
        model.addAttribute("canManage", guard.can(Permission.INDICATOR_MANAGE));
        return "resolution/indicators";
    }
}
