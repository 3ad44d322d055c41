package vn.dangbo.config;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangbo.member.MemberDirectory;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.resolution.CellWork;
import vn.dangbo.shared.security.AccessGuard;
import vn.dangbo.shared.security.CurrentUser;
import vn.dangbo.shared.security.Role;

/**
 * The start page, one per role: the cell secretary's cell (members, this month's work, values to enter, tasks),
 * the member's own record, and the offices' list of what they can do.
 */
@Controller
class HomeController {

    private final AccessGuard guard;
    private final OrganizationDirectory organizations;
    private final MemberDirectory members;
    private final CellWork work;
    private final Clock clock;

    HomeController(AccessGuard guard, OrganizationDirectory organizations, MemberDirectory members, CellWork work,
            Clock clock) {
        this.guard = guard;
        this.organizations = organizations;
        this.members = members;
        this.work = work;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = guard.currentUser().orElse(null);
        if (user == null) {
            return "home";
        }
        if (user.role() == Role.CELL_SECRETARY && user.scopeOrganizationId() != null) {
            return cellHome(user, model);
        }
        if (user.role() == Role.MEMBER) {
            return memberHome(user, model);
        }
        return "home";
    }

    private String cellHome(CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        long cell = user.scopeOrganizationId();
        model.addAttribute("cell", organizations.get(cell));
        model.addAttribute("counts", members.counts(cell));
        model.addAttribute("today", today);
        var toEnter = work.toEnter();
        var tasks = work.tasks();
        model.addAttribute("toEnter", toEnter);
        model.addAttribute("pendingEntries", toEnter.stream().filter(CellWork.ToEnter::pending).count());
        model.addAttribute("tasks", tasks);
        model.addAttribute("dueThisMonth", work.dueThisMonth(tasks));
        return "home/cell";
    }

    private String memberHome(CurrentUser user, Model model) {
        if (user.memberId() != null) {
            model.addAttribute("d", members.detail(user.memberId()));
        }
        return "home/member";
    }
}
