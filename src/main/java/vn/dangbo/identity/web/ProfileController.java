package vn.dangbo.identity.web;

import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.identity.AccountManagement;
import vn.dangbo.shared.DomainException;
import vn.dangbo.shared.web.Forms;

/** The signed-in person's own password. */
@Controller
class ProfileController {

    private final AccountManagement accounts;

    ProfileController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(@ModelAttribute("form") PasswordForm form) {
        return "identity/password";
    }

    @PostMapping("/account/password")
    String change(@ModelAttribute("form") PasswordForm form, BindingResult result, RedirectAttributes ra) {
        if (!Objects.equals(form.getNewPassword(), form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "account.passwordMismatch");
            return "identity/password";
        }
        try {
            accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
        } catch (DomainException e) {
            Forms.reject(result, e);
            return "identity/password";
        }
        ra.addFlashAttribute("flash", "account.passwordChanged");
        return "redirect:/";
    }
}
