package vn.dangbo.member.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.member.AgeBand;
import vn.dangbo.member.Gender;
import vn.dangbo.member.MemberDetail;
import vn.dangbo.member.MemberDirectory;
import vn.dangbo.member.MemberListItem;
import vn.dangbo.member.MemberQuery;
import vn.dangbo.member.MemberRegistry;
import vn.dangbo.member.MemberStatus;
import vn.dangbo.member.PartyAgeBand;
import vn.dangbo.member.RegistrationKind;
import vn.dangbo.member.TransferKind;
import vn.dangbo.member.MemberRecord;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.PartyPosition;
import vn.dangbo.shared.PageResult;
import vn.dangbo.shared.Paging;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.web.Forms;

@Controller
@RequestMapping("/members")
class MemberController {

    private final MemberDirectory directory;
    private final MemberRegistry registry;
    private final OrganizationDirectory organizations;
    private final AccessGuard guard;

    MemberController(MemberDirectory directory, MemberRegistry registry, OrganizationDirectory organizations,
            AccessGuard guard) {
        this.directory = directory;
        this.registry = registry;
        this.organizations = organizations;
        this.guard = guard;
    }

    /** The list; an htmx request (typing in the search box, changing a filter) gets only the results. */
    @GetMapping
    String list(@ModelAttribute("filter") MemberFilter filter, BindingResult filterErrors,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        // a search that cannot be read (a NUL byte in it...) finds nothing and says why beside the search box
        PageResult<MemberListItem> result = filterErrors.hasErrors() ? new PageResult<>(List.of(), 0, size, 0)
                : directory.find(filter.query(), new Paging(page, size));
        model.addAttribute("page", result);
        model.addAttribute("query", filter.queryString());
        // beside the total of an unfiltered list, the roll it is made of, by the one definition, with its date
        model.addAttribute("roll", filterErrors.hasErrors() || !rollOnly(filter.query()) ? null
                : directory.roll(filter.query()));
        if (htmx != null) {
            return "member/list :: results";
        }
        model.addAttribute("organizations", organizations.within(guard.scopePath()));
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("partyAgeBands", PartyAgeBand.values());
        model.addAttribute("positions", PartyPosition.values());
        model.addAttribute("sorts", MemberQuery.Sort.values());
        return "member/list";
    }

    /** A list filtered only by organization: its total is the roll plus those attached from elsewhere. */
    static boolean rollOnly(MemberQuery q) {
        return (q.text() == null || q.text().isBlank()) && q.statuses().isEmpty() && q.gender() == null
                && q.ageBand() == null && q.partyAgeBand() == null && q.position() == null && !q.includeFormer()
                && !q.admittedInPeriod();
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        MemberDetail detail = directory.detail(id);
        model.addAttribute("d", detail);
        model.addAttribute("m", detail.member());
        model.addAttribute("canManage", guard.can(Permission.MEMBER_MANAGE) && guard.within(detail.member().orgPath()));
        return "member/detail";
    }

    /**
     * "Hiện số định danh": the full citizen ID number, for those who may see it, audited each time. htmx swaps the
     * number into the page; without script the whole page comes back with the number shown.
     */
    @PostMapping("/{id}/citizen-id")
    String revealCitizenId(@PathVariable long id, Model model) {
        String full = directory.revealCitizenId(id).orElse(null);
        detail(id, model);
        model.addAttribute("revealedCitizenId", full);
        return "member/detail";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long organizationId, Model model) {
        guard.require(Permission.MEMBER_MANAGE);
        MemberForm form = new MemberForm();
        form.setOrganizationId(organizationId);
        return form(model, form, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") MemberForm form, BindingResult result, Model model, RedirectAttributes ra) {
        return Forms.submit(result, () -> form(model, form, null), () -> {
            long id = registry.register(form.getOrganizationId(), form.data(), form.getRegistrationKind(),
                    form.getExternalOrganization());
            ra.addFlashAttribute("flash", "member.created");
            return "redirect:/members/" + id;
        });
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        MemberRecord m = directory.forEdit(id);
        return form(model, MemberForm.of(m), m);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") MemberForm form, BindingResult result, Model model,
            RedirectAttributes ra) {
        MemberRecord m = directory.forEdit(id);
        return Forms.submit(result, () -> form(model, form, m), () -> {
            registry.update(id, form.getVersion(), form.data());
            ra.addFlashAttribute("flash", "member.saved");
            return "redirect:/members/" + id;
        });
    }

    private String form(Model model, MemberForm form, MemberRecord existing) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("organizations", organizations.memberHolders(guard.scopePath()));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("registrationKinds", RegistrationKind.values());
        return "member/form";
    }

    @GetMapping("/{id}/status")
    String statusForm(@PathVariable long id, Model model) {
        MemberRecord m = directory.forEdit(id);
        return statusPage(model, m, new StatusForm());
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable long id, @ModelAttribute("form") StatusForm form, BindingResult result,
            Model model, RedirectAttributes ra) {
        MemberRecord m = directory.forEdit(id);
        return Forms.submit(result, () -> statusPage(model, m, form), () -> {
            registry.changeStatus(id, form.getStatus(), form.getEffectiveDate(), form.getReason(),
                    form.getDecisionRef());
            ra.addFlashAttribute("flash", "member.statusChanged");
            return "redirect:/members/" + id;
        });
    }

    private String statusPage(Model model, MemberRecord m, StatusForm form) {
        model.addAttribute("m", m);
        model.addAttribute("form", form);
        model.addAttribute("statuses", MemberStatus.SETTABLE);
        return "member/status";
    }

    @GetMapping("/{id}/transfer")
    String transferForm(@PathVariable long id, Model model) {
        MemberRecord m = directory.forEdit(id);
        return transferPage(model, m, new TransferForm());
    }

    @PostMapping("/{id}/transfer")
    String transfer(@PathVariable long id, @ModelAttribute("form") TransferForm form, BindingResult result,
            Model model, RedirectAttributes ra) {
        MemberRecord m = directory.forEdit(id);
        return Forms.submit(result, () -> transferPage(model, m, form), () -> {
            registry.transfer(id, form.getKind(), form.getToOrganizationId(), form.getExternalOrganization(),
                    form.getEffectiveDate(), form.getDecisionRef(), form.getReason());
            ra.addFlashAttribute("flash", "member.transferred");
            return "redirect:/members/" + id;
        });
    }

    private String transferPage(Model model, MemberRecord m, TransferForm form) {
        model.addAttribute("m", m);
        model.addAttribute("form", form);
        model.addAttribute("kinds", TransferKind.CHOOSABLE);
        model.addAttribute("organizations", organizations.memberHolders(guard.scopePath()));
        return "member/transfer";
    }

}
