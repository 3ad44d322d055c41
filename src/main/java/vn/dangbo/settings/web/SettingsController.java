package vn.dangbo.settings.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.settings.RuleSettingsService;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.settings.RuleSetting;
import vn.dangbo.shared.web.Forms;

/**
 * "Quy định áp dụng": the rule settings with the regulation each comes from, their values in force and history;
 * the system administrator changes them for the system, a province office for its wards where allowed. And
 * "Lịch làm việc": the days off and swapped working days the administrator adds to the working-day calendar.
 */
@Controller
class SettingsController {

    private final RuleSettingsService settings;
    private final Clock clock;

    SettingsController(RuleSettingsService settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** What the change form submits. */
    public static class SettingForm {
        private String value;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveFrom;
        private String reason;

        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public LocalDate getEffectiveFrom() { return effectiveFrom; }
        public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** What the calendar form submits. */
    public static class DayForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate day;
        private boolean dayOff = true;
        private String reason;

        public LocalDate getDay() { return day; }
        public void setDay(LocalDate day) { this.day = day; }
        public boolean isDayOff() { return dayOff; }
        public void setDayOff(boolean dayOff) { this.dayOff = dayOff; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    @GetMapping("/settings")
    String list(Model model) {
        model.addAttribute("settings", settings.list());
        return "settings/list";
    }

    @GetMapping("/settings/calendar")
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("form", new DayForm());
        return calendarPage(year, model);
    }

    @PostMapping("/settings/calendar")
    String addDay(@ModelAttribute("form") DayForm form, BindingResult result, Model model, RedirectAttributes ra) {
        return Forms.submit(result, () -> calendarPage(form.getDay() == null ? null : form.getDay().getYear(), model), () -> {
            settings.addDay(form.getDay(), form.isDayOff(), form.getReason());
            ra.addFlashAttribute("flash", "calendar.day.added");
            return "redirect:/settings/calendar?year=" + form.getDay().getYear();
        });
    }

    @PostMapping("/settings/calendar/{id}/remove")
    String removeDay(@PathVariable long id, @RequestParam(required = false) Integer year, RedirectAttributes ra) {
        settings.removeDay(id);
        ra.addFlashAttribute("flash", "calendar.day.removed");
        return "redirect:/settings/calendar" + (year == null ? "" : "?year=" + year);
    }

    private String calendarPage(Integer year, Model model) {
        int y = year == null || year < 1990 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("days", settings.days(y));
        model.addAttribute("holidays", settings.workingDays(LocalDate.of(y, 1, 1)).holidaysOf(y));
        return "settings/calendar";
    }

    @GetMapping("/settings/{key}")
    String show(@PathVariable String key, Model model) {
        RuleSetting setting = setting(key);
        SettingForm form = new SettingForm();
        form.setEffectiveFrom(LocalDate.now(clock));
        model.addAttribute("form", form);
        return showPage(setting, model);
    }

    @PostMapping("/settings/{key}")
    String change(@PathVariable String key, @ModelAttribute("form") SettingForm form, BindingResult result, Model model,
            RedirectAttributes ra) {
        RuleSetting setting = setting(key);
        return Forms.submit(result, () -> showPage(setting, model), () -> {
            settings.change(setting, form.getValue(), form.getEffectiveFrom(), form.getReason());
            ra.addFlashAttribute("flash", "setting.changed");
            return "redirect:/settings/" + setting.key();
        });
    }

    private String showPage(RuleSetting setting, Model model) {
        model.addAttribute("view", settings.show(setting));
        return "settings/show";
    }

    private static RuleSetting setting(String key) {
        return RuleSetting.byKey(key)
                .orElseThrow(() -> DomainException.notFound("SETTING_NOT_FOUND", "error.404.detail"));
    }
}
