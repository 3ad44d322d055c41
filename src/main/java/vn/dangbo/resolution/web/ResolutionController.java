package vn.dangbo.resolution.web;

import java.util.ArrayList;
import java.util.List;
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
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.resolution.Accumulation;
import vn.dangbo.resolution.Area;
import vn.dangbo.resolution.ResolutionKind;
import vn.dangbo.resolution.ResolutionManagement;
import vn.dangbo.resolution.ResolutionManagement.ResolutionView;
import vn.dangbo.resolution.ResolutionManagement.TargetView;
import vn.dangbo.resolution.Rollup;
import vn.dangbo.resolution.TargetData;
import vn.dangbo.resolution.TargetKind;
import vn.dangbo.resolution.domain.Resolution;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.ValidationFailed;
import vn.dangbo.shared.Violation;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.web.Forms;

@Controller
class ResolutionController {

    private final ResolutionManagement resolutions;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;

    ResolutionController(ResolutionManagement resolutions, OrganizationDirectory organizations, AccessGuard guard) {
        this.resolutions = resolutions;
        this.organizations = organizations;
        this.guard = guard;
    }

    @GetMapping("/resolutions")
    String list(@RequestParam(required = false) Integer year, Model model) {
        List<Resolution> list = resolutions.list(year);
        model.addAttribute("resolutions", list);
        model.addAttribute("names", organizations.names(list.stream().map(Resolution::organizationId).distinct().toList()));
        model.addAttribute("year", year);
        return "resolution/list";
    }

    @GetMapping("/resolutions/{id}")
    String show(@PathVariable long id, Model model) {
        ResolutionView v = resolutions.view(id);
        model.addAttribute("v", v);
        model.addAttribute("r", v.resolution());
        model.addAttribute("canManage", guard.can(Permission.RESOLUTION_MANAGE) && guard.within(v.resolution().orgPath()));
        List<Integer> years = new ArrayList<>();
        for (int y = v.resolution().startYear(); y <= v.resolution().endYear(); y++) {
            years.add(y);
        }
        model.addAttribute("years", years);
        return "resolution/show";
    }

    @GetMapping("/resolutions/new")
    String newForm(Model model) {
        guard.require(Permission.RESOLUTION_MANAGE);
        ResolutionForm form = new ResolutionForm();
        guard.currentUser().map(u -> u.scopeOrganizationId()).ifPresent(form::setOrganizationId);
        return form(model, form, null);
    }

    @PostMapping("/resolutions")
    String create(@ModelAttribute("form") ResolutionForm form, BindingResult result, Model model, RedirectAttributes ra) {
        return Forms.submit(result, () -> form(model, form, null), () -> {
            long id = resolutions.create(form.getOrganizationId(), form.data());
            ra.addFlashAttribute("flash", "resolution.created");
            return "redirect:/resolutions/" + id;
        });
    }

    @GetMapping("/resolutions/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ResolutionView v = resolutions.view(id);
        guard.require(Permission.RESOLUTION_MANAGE, v.resolution().orgPath());
        return form(model, ResolutionForm.of(v.resolution(), v.items()), v.resolution());
    }

    @PostMapping("/resolutions/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ResolutionForm form, BindingResult result, Model model,
            RedirectAttributes ra) {
        Resolution r = resolutions.readable(id);
        return Forms.submit(result, () -> form(model, form, r), () -> {
            resolutions.update(id, form.getVersion(), form.data());
            ra.addFlashAttribute("flash", "resolution.saved");
            return "redirect:/resolutions/" + id;
        });
    }

    private String form(Model model, ResolutionForm form, Resolution existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", ResolutionKind.values());
        model.addAttribute("organizations", organizations.within(guard.scopePath()).stream()
                .filter(o -> !o.kind().holdsMembers() || o.kind().isCell()).toList());
        return "resolution/form";
    }

    @GetMapping("/resolutions/{id}/targets/new")
    String newTarget(@PathVariable long id, Model model) {
        Resolution r = resolutions.readable(id);
        guard.require(Permission.RESOLUTION_MANAGE, r.orgPath());
        return targetForm(model, r, TargetForm.blank(r.startYear(), r.endYear()), null);
    }

    @PostMapping("/resolutions/{id}/targets")
    String createTarget(@PathVariable long id, @ModelAttribute("form") TargetForm form, BindingResult result, Model model,
            RedirectAttributes ra) {
        Resolution r = resolutions.readable(id);
        try {
            List<String> unreadable = new ArrayList<>();
            TargetData data = form.data(unreadable);
            rejectUnreadable(unreadable);
            if (!result.hasErrors()) {
                resolutions.addTarget(id, data);
                ra.addFlashAttribute("flash", "target.created");
                return "redirect:/resolutions/" + id;
            }
        } catch (DomainException e) {
            Forms.reject(result, e);
        }
        return targetForm(model, r, form, null);
    }

    @GetMapping("/targets/{id}/edit")
    String editTarget(@PathVariable long id, Model model) {
        TargetView v = resolutions.target(id);
        Resolution r = resolutions.readable(v.target().resolutionId());
        guard.require(Permission.RESOLUTION_MANAGE, r.orgPath());
        return targetForm(model, r, TargetForm.of(v, r.startYear(), r.endYear()), v);
    }

    @PostMapping("/targets/{id}")
    String updateTarget(@PathVariable long id, @ModelAttribute("form") TargetForm form, BindingResult result,
            Model model, RedirectAttributes ra) {
        TargetView v = resolutions.target(id);
        Resolution r = resolutions.readable(v.target().resolutionId());
        try {
            List<String> unreadable = new ArrayList<>();
            TargetData data = form.data(unreadable);
            rejectUnreadable(unreadable);
            if (!result.hasErrors()) {
                resolutions.updateTarget(id, form.getVersion(), data);
                ra.addFlashAttribute("flash", "target.saved");
                return "redirect:/resolutions/" + r.id();
            }
        } catch (DomainException e) {
            Forms.reject(result, e);
        }
        return targetForm(model, r, form, v);
    }

    @PostMapping("/targets/{id}/delete")
    String deleteTarget(@PathVariable long id, RedirectAttributes ra) {
        TargetView v = resolutions.target(id);
        resolutions.deleteTarget(id);
        ra.addFlashAttribute("flash", "target.deleted");
        return "redirect:/resolutions/" + v.target().resolutionId();
    }

    private static void rejectUnreadable(List<String> unreadable) {
        if (!unreadable.isEmpty()) {
            throw new ValidationFailed(unreadable.stream().map(f -> Violation.of(f, "number.unreadable")).toList());
        }
    }

    private String targetForm(Model model, Resolution r, TargetForm form, TargetView existing) {
        model.addAttribute("r", r);
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("areas", Area.values());
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("accumulations", Accumulation.values());
        model.addAttribute("rollups", Rollup.values());
        model.addAttribute("indicators", resolutions.indicators());
        OrganizationSummary org = organizations.get(r.organizationId());
        model.addAttribute("owners", organizations.subtree(org.id()).stream().filter(o -> guard.within(o.path())).toList());
        return "resolution/target-form";
    }
}
