package vn.dangbo.identity.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.identity.AccountManagement;
import vn.dangbo.identity.MemberAccounts;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.Permission;
import vn.dangbo.shared.security.Role;
import vn.dangbo.shared.web.Forms;

@Controller
@RequestMapping("/accounts")
class AccountController {

    private final AccountManagement accounts;
    private final OrganizationDirectory organizations;
    private final MemberAccounts members;
    private final AccessGuard guard;

    AccountController(AccountManagement accounts, OrganizationDirectory organizations, MemberAccounts members,
            AccessGuard guard) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.members = members;
        this.guard = guard;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        return "identity/accounts";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        guard.require(Permission.ACCOUNT_MANAGE);
        AccountForm form = new AccountForm();
        form.setRole(Role.CELL_SECRETARY);
        return form(model, form, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") AccountForm form, BindingResult result, Model model, RedirectAttributes ra) {
        try {
            long id = accounts.create(form.data(), form.getPassword());
            ra.addFlashAttribute("flash", "account.created");
            return "redirect:/accounts/" + id;
        } catch (DomainException e) {
            Forms.reject(result, e);
            form.setPassword(null);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AccountManagement.AccountView a = accounts.get(id);
        model.addAttribute("account", a);
        return form(model, AccountForm.of(a, cardOf(a)), a);
    }

    private String cardOf(AccountManagement.AccountView a) {
        return a.memberId() == null ? null
                : members.findById(a.memberId()).map(MemberAccounts.LinkedMember::cardNumber).orElse(null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
            RedirectAttributes ra) {
        AccountManagement.AccountView a = accounts.get(id);
        try {
            accounts.update(id, form.data());
            ra.addFlashAttribute("flash", "account.saved");
            return "redirect:/accounts/" + id;
        } catch (DomainException e) {
            Forms.reject(result, e);
            model.addAttribute("account", a);
            return form(model, form, a);
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result, Model model, RedirectAttributes ra) {
        AccountManagement.AccountView a = accounts.get(id);
        try {
            accounts.resetPassword(id, form.getNewPassword());
            ra.addFlashAttribute("flash", "account.passwordReset");
            return "redirect:/accounts/" + id;
        } catch (DomainException e) {
            Forms.reject(result, e);
            model.addAttribute("account", a);
            model.addAttribute("passwordError", true);
            return form(model, AccountForm.of(a, cardOf(a)), a);
        }
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes ra) {
        accounts.unlock(id);
        ra.addFlashAttribute("flash", "account.unlocked");
        return "redirect:/accounts/" + id;
    }

    private String form(Model model, AccountForm form, AccountManagement.AccountView existing) {
        model.addAttribute("form", form);
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        model.addAttribute("roles", List.copyOf(guard.current().role().assignable()));
        model.addAttribute("organizations", organizations.within(guard.scopePath()));
        if (existing != null && existing.memberId() != null) {
            members.findById(existing.memberId()).ifPresent(m -> model.addAttribute("linkedMember", m));
        }
        return "identity/account-form";
    }
}
