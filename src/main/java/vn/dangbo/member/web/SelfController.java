package vn.dangbo.member.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangbo.member.MemberDetail;
import vn.dangbo.member.MemberDirectory;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Permission;

/** A member's own record (the member role sees nothing else of the register). */
@Controller
class SelfController {

    private final MemberDirectory directory;
    private final AccessGuard guard;

    SelfController(MemberDirectory directory, AccessGuard guard) {
        this.directory = directory;
        this.guard = guard;
    }

    @GetMapping("/me")
    String me(Model model) {
        CurrentUser user = guard.require(Permission.SELF_VIEW);
        if (user.memberId() == null) {
            throw new AccessDeniedException("account has no member record");
        }
        MemberDetail detail = directory.detail(user.memberId());
        model.addAttribute("d", detail);
        model.addAttribute("m", detail.member());
        model.addAttribute("canManage", false);
        return "member/detail";
    }
}
