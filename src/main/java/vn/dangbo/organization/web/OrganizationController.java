package vn.dangbo.organization.web;

import java.time.Clock;
import java.util.List;
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
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationManagement;
import vn.dangbo.organization.OrganizationPages;
import vn.dangbo.organization.OrganizationSummary;
import vn.dangbo.organization.PartyPosition;
import vn.dangbo.organization.OrganizationRecord;
import vn.dangbo.shared.DomainException;
import java.time.LocalDate;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.web.Forms;

@Controller
@RequestMapping("/organizations")
class OrganizationController {

    private final OrganizationPages pages;
    private final OrganizationManagement management;
    private final OrganizationDirectory directory;
    private final AccessGuard guard;
    private final Clock clock;

    OrganizationController(OrganizationPages pages, OrganizationManagement management, OrganizationDirectory directory,
            AccessGuard guard, Clock clock) {
        this.clock = clock;
        this.pages = pages;
        this.management = management;
        this.directory = directory;
        this.guard = guard;
    }

    /** The account's own organization, or the list of top-level organizations for the administrator. */
    @GetMapping
    String index(Model model) {
        List<OrganizationSummary> start = pages.starting();
        if (start.size() == 1) {
            return "redirect:/organizations/" + start.get(0).id();
        }
        model.addAttribute("roots", start);
        return "organization/roots";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        OrganizationPages.Page page = pages.page(id);
        model.addAttribute("p", page);
        model.addAttribute("o", page.organization());
        model.addAttribute("canManage", guard.canOnOrganization(Permission.ORGANIZATION_MANAGE, id));
        model.addAttribute("termForm", new ActionForms.NewTerm());
        model.addAttribute("positions", PartyPosition.values());
        if (guard.canOnOrganization(Permission.ORGANIZATION_MANAGE, id)) {
            model.addAttribute("appointable", pages.appointable(id));
            model.addAttribute("appointForm", new ActionForms.Appoint());
        }
        return "organization/show";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long parentId, @RequestParam(required = false) OrganizationKind kind,
            Model model) {
        OrganizationForm form = new OrganizationForm();
        form.setParentId(parentId);
        form.setKind(kind);
        if (parentId != null) {
            guard.requireOnOrganization(Permission.ORGANIZATION_MANAGE, parentId);
        } else {
            guard.require(Permission.ORGANIZATION_MANAGE);
        }
        return form(model, form, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") OrganizationForm form, BindingResult result, Model model,
            RedirectAttributes ra) {
        return Forms.submit(result, () -> form(model, form, null), () -> {
            long id = management.create(form.getParentId(), form.data());
            ra.addFlashAttribute("flash", "organization.created");
            return "redirect:/organizations/" + id;
        });
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        OrganizationRecord o = pages.page(id).organization();
        guard.require(Permission.ORGANIZATION_MANAGE, o.path());
        return form(model, OrganizationForm.of(o), o);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") OrganizationForm form, BindingResult result,
            Model model, RedirectAttributes ra) {
        OrganizationRecord o = pages.page(id).organization();
        return Forms.submit(result, () -> form(model, form, o), () -> {
            management.update(id, form.getVersion(), form.data());
            ra.addFlashAttribute("flash", "organization.saved");
            return "redirect:/organizations/" + id;
        });
    }

    private String form(Model model, OrganizationForm form, OrganizationRecord existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("parent", form.getParentId() == null ? null : directory.find(form.getParentId()).orElse(null));
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("cellTypes", CellType.values());
        return "organization/form";
    }

    @GetMapping("/{id}/move")
    String moveForm(@PathVariable long id, Model model) {
        return movePage(model, id, new ActionForms.Move());
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @ModelAttribute("form") ActionForms.Move form, BindingResult result,
            Model model, RedirectAttributes ra) {
        return Forms.submit(result, () -> movePage(model, id, form), () -> {
            management.move(id, form.getNewParentId());
            ra.addFlashAttribute("flash", "organization.moved");
            return "redirect:/organizations/" + id;
        });
    }

    private String movePage(Model model, long id, ActionForms.Move form) {
        model.addAttribute("o", pages.page(id).organization());
        model.addAttribute("targets", pages.moveTargets(id));
        model.addAttribute("form", form);
        return "organization/move";
    }

    @GetMapping("/{id}/dissolve")
    String dissolveForm(@PathVariable long id, Model model) {
        ActionForms.Dissolve form = new ActionForms.Dissolve();
        form.setDissolvedOn(LocalDate.now(clock));
        return dissolvePage(model, id, form);
    }

    @PostMapping("/{id}/dissolve")
    String dissolve(@PathVariable long id, @ModelAttribute("form") ActionForms.Dissolve form, BindingResult result,
            Model model, RedirectAttributes ra) {
        return Forms.submit(result, () -> dissolvePage(model, id, form), () -> {
            management.dissolve(id, form.getDissolvedOn(), form.getReason());
            ra.addFlashAttribute("flash", "organization.dissolved");
            return "redirect:/organizations/" + id;
        });
    }

    private String dissolvePage(Model model, long id, ActionForms.Dissolve form) {
        OrganizationRecord o = pages.page(id).organization();
        guard.require(Permission.ORGANIZATION_MANAGE, o.path());
        model.addAttribute("o", o);
        model.addAttribute("form", form);
        return "organization/dissolve";
    }

    @PostMapping("/{id}/terms")
    String addTerm(@PathVariable long id, @ModelAttribute("termForm") ActionForms.NewTerm form, BindingResult result,
            Model model, RedirectAttributes ra) {
        try {
            if (!result.hasErrors()) {
                management.addTerm(id, form.getLabel(), form.getStartsOn(), form.getEndsOn());
                ra.addFlashAttribute("flash", "organization.term.added");
                return "redirect:/organizations/" + id;
            }
        } catch (DomainException e) {
            Forms.reject(result, e);
        }
        show(id, model);
        model.addAttribute("termForm", form);
        model.addAttribute("org.springframework.validation.BindingResult.termForm", result);
        return "organization/show";
    }

    @PostMapping("/{id}/positions")
    String appoint(@PathVariable long id, @ModelAttribute("appointForm") ActionForms.Appoint form, BindingResult result,
            Model model, RedirectAttributes ra) {
        try {
            if (!result.hasErrors()) {
                management.appoint(id, form.getMemberId(), form.getPosition(), form.getStartsOn(), form.getDecisionRef());
                ra.addFlashAttribute("flash", "organization.position.appointed");
                return "redirect:/organizations/" + id;
            }
        } catch (DomainException e) {
            Forms.reject(result, e);
        }
        show(id, model);
        model.addAttribute("appointForm", form);
        model.addAttribute("org.springframework.validation.BindingResult.appointForm", result);
        return "organization/show";
    }

    @PostMapping("/{id}/positions/{positionId}/end")
    String endPosition(@PathVariable long id, @PathVariable long positionId,
            @ModelAttribute ActionForms.EndPosition form, RedirectAttributes ra) {
        management.endPosition(positionId, form.getEndsOn() == null ? LocalDate.now(clock) : form.getEndsOn());
        ra.addFlashAttribute("flash", "organization.position.ended");
        return "redirect:/organizations/" + id;
    }
}
